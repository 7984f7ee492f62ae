/**
 * The agreement (任务书/资助协议) that follows an award: its performance indicators with agreed targets, its tranche
 * plan with each tranche's condition, the recipient's obligations and reporting schedule, accepted online by the
 * applicant and signed by the bureau like a letter. Above the case file, the letter press and the review, and below
 * the payments, which learn that a tranche fell due from the {@code TrancheMatured} event this feature fires.
 */
package cn.kaifeng.tfs.agreement;
