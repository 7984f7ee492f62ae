/**
 * The acceptance's pages: the bureau's list (with its CSV export) and one acceptance (open, assign the panel, see
 * the scores once in, confirm the conclusion); the experts' acceptance assignments (declare, then score blind); the
 * applicant's part of its application page (request, conclusion, evaluation); and the organisation's past
 * evaluations as a part of the reviewer's application page. Thin: the service checks who asks.
 */
package cn.kaifeng.tfs.acceptance.web;
