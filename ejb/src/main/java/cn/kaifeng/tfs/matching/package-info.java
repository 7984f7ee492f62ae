/**
 * Proactive matching (政策直达, 免申即享): each open program's gates and objective criteria run against the profiles
 * of organisations that may act as themselves, every night and after a profile changes; the applicant's home shows
 * what it likely or possibly qualifies for, with reasons and an estimate, and the bureau proposes the support of a
 * program that needs no application.
 */
package cn.kaifeng.tfs.matching;
