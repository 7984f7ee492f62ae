/**
 * Acceptance's use cases ({@code AcceptanceService}): the applicant's request, the reviewer's opening, panel and
 * conclusion, the experts' declarations and scores, and the organisation's past evaluations. Each checks who asks,
 * is audited, and fires {@code AcceptanceConcluded} when a conclusion is confirmed.
 */
package cn.kaifeng.tfs.acceptance.service;
