/** Login, logout and the administrator's account page. */
package cn.kaifeng.tfs.account.web;
