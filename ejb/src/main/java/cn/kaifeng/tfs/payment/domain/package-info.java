/**
 * The payment's rules in plain Java: the request's state machine with its four-eyes approvals, the bank account
 * value types and their masking, the cover check against the award, and the two treasury file formats (the payment
 * file written, the return file read line by line).
 */
package cn.kaifeng.tfs.payment.domain;
