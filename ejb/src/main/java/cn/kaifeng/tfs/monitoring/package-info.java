/**
 * Monitoring (监测) of a signed agreement: the progress reports (进度报告) due on the program's schedule, counted from
 * signing, with reminders before the due date and an overdue flag after it, and the mid-term check (中期检查) whose
 * pass lets the agreement's mid-term tranche fall due. Above the agreement (which it reads and whose
 * {@code conditionMet} it calls) and the recovery; below the notification, which observes its events.
 */
package cn.kaifeng.tfs.monitoring;
