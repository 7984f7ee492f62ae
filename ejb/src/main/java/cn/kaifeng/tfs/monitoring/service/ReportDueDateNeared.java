package cn.kaifeng.tfs.monitoring.service;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A progress report falls due within the reminder's days (sent once per report): fired by the daily reminder run in its transaction, after the report's reminder key is stored, so that an
 * observer (the notification) tells the organisation once, however often the run is repeated.
 */
public record ReportDueDateNeared(
        long organisationId, long applicationId, String caseNumber, int periodNumber, LocalDate dueOn, Instant at) {}
