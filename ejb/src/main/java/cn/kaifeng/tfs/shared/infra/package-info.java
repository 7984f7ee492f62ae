/**
 * Plumbing shared by all features: the Flyway migration at start-up, JPA converters for value objects, personal-data
 * encryption, and the one clock the application reads its time from ({@code Clocks}).
 */
package cn.kaifeng.tfs.shared.infra;
