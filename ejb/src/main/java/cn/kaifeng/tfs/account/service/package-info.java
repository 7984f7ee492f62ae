/** Account use cases: applicant self-registration, accounts created by an administrator, password hashing. */
package cn.kaifeng.tfs.account.service;
