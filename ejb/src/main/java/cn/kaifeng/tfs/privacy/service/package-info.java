/**
 * Applying the retention rules every night on every node (idempotent) and on demand, each run audited; writing an
 * organisation's data export.
 */
package cn.kaifeng.tfs.privacy.service;
