package cn.kaifeng.tfs.monitoring.service;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A progress report went past its due date without being submitted, or returned and not submitted again (sent once per report): fired by the daily reminder run in its transaction, after the report's reminder key is stored, so that an
 * observer (the notification) tells the organisation once, however often the run is repeated.
 */
public record ReportDueDatePassed(
        long organisationId, long applicationId, String caseNumber, int periodNumber, LocalDate dueOn, Instant at) {}
