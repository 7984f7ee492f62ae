package cn.kaifeng.tfs.privacy.service;

import java.util.List;

/**
 * What an organisation's export holds of its awards after the letter: agreements with their targets and tranches,
 * payments, progress reports and mid-term checks, acceptance and the performance evaluation, recovery orders, credit
 * records, notices, the programs matched to its profile, and the
 * events and pool coverage of the loans banks reported about it. Each section is one query by the organisation's id
 * ({@code ?1}). The bureau's people stay out as elsewhere in the export (who reviewed, approved, visited or
 * concluded), and so do the experts' individual scores: the panel's score and the conclusion are the organisation's.
 */
final class AfterAwardSections {

    /** One array of {@code data.json}: its name, its query, and columns read but left out of the file. */
    record Section(String name, String sql, String... leaveOut) {}

    static final List<Section> ALL = List.of(
            new Section(
                    "agreements",
                    "SELECT id, application_id, case_number, program_code, program_version, program_name,"
                            + " decision_letter, amount_fen, status, drafted_at, proposed_by, proposed_at,"
                            + " return_reason, number, verification_code, sha256, issued_at, accepted_by, accepted_at"
                            + " FROM agreement WHERE organisation_id = ?1 ORDER BY id"),
            new Section(
                    "agreementIndicators",
                    "SELECT i.agreement_id, i.position, i.code, i.category, i.name_zh, i.unit_zh, i.higher_better,"
                            + " i.target FROM agreement_indicator i JOIN agreement a ON a.id = i.agreement_id"
                            + " WHERE a.organisation_id = ?1 ORDER BY i.agreement_id, i.position"),
            new Section(
                    "agreementTranches",
                    "SELECT t.agreement_id, t.position, t.share_percent, t.due_condition, t.amount_fen, t.due_at"
                            + " FROM agreement_tranche t JOIN agreement a ON a.id = t.agreement_id"
                            + " WHERE a.organisation_id = ?1 ORDER BY t.agreement_id, t.position"),
            new Section(
                    "payments",
                    "SELECT id, application_id, case_number, program_code, tranche_no, amount_fen, purpose,"
                            + " budget_line, status, requested_at, approved_at, treasury_ref, failure_reason, settled_at"
                            + " FROM payment_request WHERE organisation_id = ?1 ORDER BY id"),
            new Section(
                    "progressReports",
                    "SELECT id, application_id, period_number, due_on, status, summary, answers, spent_fen,"
                            + " submitted_by, submitted_at, return_reason, reviewed_at FROM progress_report"
                            + " WHERE organisation_id = ?1 ORDER BY id"),
            new Section(
                    "progressReportValues",
                    "SELECT v.report_id, v.indicator_code, v.reached FROM progress_report_value v"
                            + " JOIN progress_report r ON r.id = v.report_id WHERE r.organisation_id = ?1"
                            + " ORDER BY v.report_id, v.indicator_code"),
            new Section(
                    "midtermChecks",
                    "SELECT m.application_id, m.visited_on, m.visit_place, m.findings, m.result, m.rectify_by,"
                            + " m.rectify_what, m.recorded_at FROM midterm_check m"
                            + " JOIN application a ON a.id = m.application_id WHERE a.organisation_id = ?1"
                            + " ORDER BY m.id"),
            new Section(
                    "acceptances",
                    "SELECT id, application_id, case_number, program_code, acceptance_round, status, summary,"
                            + " submitted_by, submitted_at, opened_at, panel_score, conclusion, concluded_on, rectify_by,"
                            + " rectify_lapsed_on, lapse_reason FROM acceptance WHERE organisation_id = ?1 ORDER BY id"),
            new Section(
                    "acceptanceValues",
                    "SELECT v.acceptance_id, v.position, v.code, v.achieved FROM acceptance_value v"
                            + " JOIN acceptance c ON c.id = v.acceptance_id WHERE c.organisation_id = ?1"
                            + " ORDER BY v.acceptance_id, v.position"),
            new Section(
                    "performanceEvaluations",
                    "SELECT id, application_id, case_number, program_code, evaluated_on, conclusion, total_score"
                            + " FROM performance_evaluation WHERE organisation_id = ?1 ORDER BY id"),
            new Section(
                    "performanceEvaluationLines",
                    "SELECT l.evaluation_id, l.position, l.code, l.category, l.name_zh, l.higher_better, l.target,"
                            + " l.achieved, l.score FROM performance_evaluation_line l"
                            + " JOIN performance_evaluation e ON e.id = l.evaluation_id WHERE e.organisation_id = ?1"
                            + " ORDER BY l.evaluation_id, l.position"),
            new Section(
                    "recoveryOrders",
                    "SELECT id, application_id, program_code, principal_fen, reason, reason_text, due_date,"
                            + " annual_rate, credit_months, status, principal_paid_fen, interest_paid_fen, opened_at,"
                            + " settled_on FROM recovery_order WHERE organisation_id = ?1 ORDER BY id"),
            new Section(
                    "recoveryPayments",
                    "SELECT p.order_id, p.paid_on, p.amount_fen, p.interest_fen, p.principal_fen, p.recorded_at"
                            + " FROM recovery_payment p JOIN recovery_order o ON o.id = p.order_id"
                            + " WHERE o.organisation_id = ?1 ORDER BY p.id"),
            new Section(
                    "creditRecords",
                    "SELECT id, order_id, reason, starts_on, ends_on, recorded_at, lifted_at, lift_reason"
                            + " FROM credit_record WHERE organisation_id = ?1 ORDER BY id"),
            new Section(
                    "notices",
                    "SELECT id, kind, application_id, program_code, program_name, number, verification_code,"
                            + " amount_fen, issued_at, sha256 FROM notice WHERE organisation_id = ?1 ORDER BY id"),
            new Section(
                    "programMatches",
                    "SELECT program_code, program_version, verdict, estimate_fen, estimate_kind, reasons,"
                            + " computed_at FROM program_match WHERE organisation_id = ?1 ORDER BY program_code"),
            // the loans banks reported about it (loansReported) through their life: each event as the bank reported it
            // (not by whom: the bank's staff stay out like the bureau's), and the pool's decision with its reason
            new Section(
                    "loanEvents",
                    "SELECT e.loan_report_id, e.kind, e.occurred_on, e.principal_fen, e.interest_fen,"
                            + " e.days_past_due, e.plan, e.reported_at FROM loan_event e"
                            + " JOIN loan_report r ON r.id = e.loan_report_id WHERE r.enterprise_id = ?1"
                            + " ORDER BY e.loan_report_id, e.id"),
            new Section(
                    "loanCoverage",
                    "SELECT c.loan_report_id, v.pool_code, v.version AS pool_version, c.covered, c.refusal,"
                            + " c.refusal_arguments, c.covered_balance_fen, c.non_performing, c.decided_at"
                            + " FROM loan_coverage c JOIN loan_report r ON r.id = c.loan_report_id"
                            + " JOIN risk_pool_version v ON v.id = c.pool_version_id WHERE r.enterprise_id = ?1"
                            + " ORDER BY c.loan_report_id"),
            new Section(
                    "matchProposals",
                    "SELECT id, program_code, program_version, amount_fen, status, proposed_at, decided_at,"
                            + " application_id FROM match_proposal WHERE organisation_id = ?1 ORDER BY id"));

    /** The files of its progress reports, stored beside {@code data.json} under {@code reports/}. */
    static final String REPORT_FILES = "SELECT f.id, f.report_id, f.file_name, f.kind, f.size_bytes, f.sha256,"
            + " f.storage_key, f.uploaded_by, f.uploaded_at FROM progress_report_file f"
            + " JOIN progress_report r ON r.id = f.report_id WHERE r.organisation_id = ?1 ORDER BY f.id";

    /** The files attached to its acceptance requests (验收材料), stored under {@code acceptance/}. */
    static final String ACCEPTANCE_FILES = "SELECT f.id, f.acceptance_id, f.acceptance_round, f.file_name, f.kind,"
            + " f.size_bytes, f.sha256, f.storage_key, f.uploaded_by, f.uploaded_at FROM acceptance_file f"
            + " JOIN acceptance c ON c.id = f.acceptance_id WHERE c.organisation_id = ?1 ORDER BY f.id";

    private AfterAwardSections() {}
}
