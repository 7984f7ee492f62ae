/** Sending and listing an organisation's in-app notices. */
package cn.kaifeng.tfs.notification.service;
