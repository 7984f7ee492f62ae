/**
 * The agreement's pages: its part of the applicant's application page (targets, tranches, obligations, schedule, the
 * signed PDF and the acceptance), the reviewer's list of targets to review and the page to accept or return them,
 * and the download of the signed file. Thin: every check is the service's.
 */
package cn.kaifeng.tfs.agreement.web;
