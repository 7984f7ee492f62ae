/**
 * Acceptance (验收) of a project under a signed agreement, and its performance evaluation (绩效评价): the applicant
 * reports the value achieved for each indicator, an expert panel (the review's machinery: conflict check, blind
 * scoring, the trimmed mean) scores it, the reviewer confirms the conclusion (通过 / 限期整改 / 不通过) by the program's
 * thresholds; a pass meets the agreement's acceptance condition (its last tranche falls due), a failure opens a
 * recovery order. Above recovery, which it calls; below the bank.
 */
package cn.kaifeng.tfs.acceptance;
