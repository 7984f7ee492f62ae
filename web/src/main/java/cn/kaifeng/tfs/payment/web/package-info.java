/**
 * The payment pages: the reviewer's and finance officer's queue, the treasury files page, the finance officers'
 * grants for the administrator, the applicant's bank account and the payments part of its application page.
 */
package cn.kaifeng.tfs.payment.web;
