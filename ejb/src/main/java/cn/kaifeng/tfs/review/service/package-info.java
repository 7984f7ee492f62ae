/**
 * The bureau's work on a case: formal review, expert panels, public notice and objections, decisions, the review
 * queue and dashboard, the schedule that ends notices, and the start-up encryption of objectors' contacts kept in
 * clear before encryption came in.
 */
package cn.kaifeng.tfs.review.service;
