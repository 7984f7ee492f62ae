/** Login, logout, applicant self-registration and the administrator's account page. */
package cn.kaifeng.tfs.account.web;
