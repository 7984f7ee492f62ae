/** Applying the retention rules every night on every node (idempotent) and on demand, each run audited. */
package cn.kaifeng.tfs.retention.service;
