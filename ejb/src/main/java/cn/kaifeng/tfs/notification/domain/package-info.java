/** An in-app notice to an organisation about its case, read or unread. */
package cn.kaifeng.tfs.notification.domain;
