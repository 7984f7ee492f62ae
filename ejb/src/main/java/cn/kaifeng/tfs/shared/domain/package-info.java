/**
 * Value objects shared by every feature: identifiers defined by national standards and money.
 * They validate in their constructors, so an instance is always valid; no JSF, JSON or JPA types here.
 */
package cn.kaifeng.tfs.shared.domain;
