/**
 * Attachments (附件): files an applicant uploads to a program's file fields. A file is accepted by what it is (its
 * content), never by its name; PDFs that could act on the reader's machine or hide content are refused; accepted
 * files are kept outside the web root under server-made names, with their SHA-256, and are only handed to the
 * owning organisation and entitled reviewers.
 */
package cn.kaifeng.tfs.attachment;
