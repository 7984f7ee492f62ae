/** Writing audit records in the transaction of the change, chaining them every few seconds, verifying the chain. */
package cn.kaifeng.tfs.audit.service;
