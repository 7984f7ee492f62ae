/**
 * Payment in tranches (资金拨付): a tranche that fell due (the agreement's {@code TrancheMatured}) becomes a payment
 * request, approved by a reviewer and by one or two finance officers, paid out through the treasury's daily payment
 * file (国库集中支付) and marked paid or failed from the treasury's return file; the payee's bank account (收款账户).
 * Above the agreement, which it only observes, and the ledger, where a paid payment is posted.
 */
package cn.kaifeng.tfs.payment;
