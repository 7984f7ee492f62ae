/** Downloading attachments (`/files/{id}`): 404 for whoever may not read them, the recognised content type. */
package cn.kaifeng.tfs.attachment.web;
