/**
 * User accounts, their roles and the password rule. Passwords are only ever held here as a salted slow hash
 * produced by the server's own security layer; this package never sees a clear password beyond the policy check.
 */
package cn.kaifeng.tfs.account.domain;
