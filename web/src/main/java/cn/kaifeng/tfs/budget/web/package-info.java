/** The administrator's budget page: each program's budget per year and round, set and changed (audited). */
package cn.kaifeng.tfs.budget.web;
