/**
 * Monitoring's rules in plain Java, tested without a server: when reports fall due ({@code ReportCalendar}), a
 * report's life ({@code ReportMove} over {@code ReportStatus}) and the mid-term check's results
 * ({@code MidtermCheck}: a rectification may be followed by a later check, a pass or a failure ends them).
 */
package cn.kaifeng.tfs.monitoring.domain;
