/** The audit trail's records and the SHA-256 hash chain that links them, with its verification. */
package cn.kaifeng.tfs.audit.domain;
