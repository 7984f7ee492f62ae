/**
 * In-app notifications (站内通知): an applicant organisation is told of every status change of its applications,
 * and sees what it has not read yet on every page.
 */
package cn.kaifeng.tfs.notification;
