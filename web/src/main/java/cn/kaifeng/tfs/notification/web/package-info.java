/** The applicant's notifications page. */
package cn.kaifeng.tfs.notification.web;
