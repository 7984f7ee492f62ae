/**
 * Monitoring's use cases: the reports of an award with their due dates and standing, submitting, accepting and
 * returning a report, recording a mid-term check ({@code MonitoringService}), and the daily reminder run
 * ({@code ReminderSchedule}) that fires {@code ReportDueDateNeared} and {@code ReportDueDatePassed} once per report.
 */
package cn.kaifeng.tfs.monitoring.service;
