/** Receiving, storing (outside the web root, checked by SHA-256 on every read) and serving attachments. */
package cn.kaifeng.tfs.attachment.service;
