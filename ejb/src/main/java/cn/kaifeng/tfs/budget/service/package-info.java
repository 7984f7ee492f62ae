/**
 * Setting budgets (administrators, audited), reading the ranked list of a program's round (reviewers), and the
 * limits on an award that the decision service applies when an amount is proposed or approved.
 */
package cn.kaifeng.tfs.budget.service;
