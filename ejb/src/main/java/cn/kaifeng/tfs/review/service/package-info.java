/**
 * The bureau's work on a case: formal review, expert panels, public notice and objections, decisions, the review
 * queue and dashboard, and the schedules that end notices and erase objectors' contacts.
 */
package cn.kaifeng.tfs.review.service;
