/**
 * Payment use cases: requests made from {@code TrancheMatured}, the reviewer's and the finance officers' approvals, the
 * payee's account, the daily file (timer and on demand) and the import of the treasury's return file. Each loads,
 * lets the domain decide, stores and audits.
 */
package cn.kaifeng.tfs.payment.service;
