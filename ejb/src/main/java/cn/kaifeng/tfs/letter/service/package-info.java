/**
 * Issuing, storing, serving, revoking and verifying letters, and issuing a round of them as a batch job.
 */
package cn.kaifeng.tfs.letter.service;
