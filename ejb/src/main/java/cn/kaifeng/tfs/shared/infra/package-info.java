/** Persistence plumbing shared by all features: the Flyway migration at start-up and JPA converters for value objects. */
package cn.kaifeng.tfs.shared.infra;
