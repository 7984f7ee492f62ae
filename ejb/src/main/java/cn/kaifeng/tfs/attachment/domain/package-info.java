/**
 * An application's files: their record, their kind decided by content, and the check that refuses PDFs a reviewer
 * should not open.
 */
package cn.kaifeng.tfs.attachment.domain;
