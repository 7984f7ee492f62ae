/** Storage details of the payments: the bank account number kept encrypted by an auto-applied converter. */
package cn.kaifeng.tfs.payment.infra;
