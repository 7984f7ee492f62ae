/**
 * Monitoring's pages: the bureau's list of progress reports across awards with its CSV export
 * ({@code ReportsPage}, {@code ReportsCsvServlet}), one award's reports and mid-term check ({@code MonitoringPage}),
 * the applicant's part of its application page ({@code ApplicationMonitoring}) and the report files' downloads
 * ({@code ReportFileServlet}). Thin: the service checks who asks.
 */
package cn.kaifeng.tfs.monitoring.web;
