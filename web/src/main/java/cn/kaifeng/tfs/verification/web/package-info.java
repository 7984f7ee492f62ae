/**
 * Registration (as a claim), the applicant's page for proving the organisation's identity and adding colleagues,
 * the reviewers' queue of claims, and the download of a claim's documents.
 */
package cn.kaifeng.tfs.verification.web;
