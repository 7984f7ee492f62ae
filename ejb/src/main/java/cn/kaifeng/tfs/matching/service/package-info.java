/**
 * Matching's use cases ({@code MatchingService}: the nightly run, the run after a profile change, the applicant's
 * matches and proposals, the bureau's proposals), the writer of one chunk of results in its own transaction, the
 * nightly timer and the events the notification feature observes.
 */
package cn.kaifeng.tfs.matching.service;
