/**
 * Budgets and who gets them: the amount a program may give in a budget year and round (批次), set by an
 * administrator; the ranking of passed applications within it (择优, with the cut line); and the limits an award
 * meets when it is proposed or decided: the budget left, the program's yearly cap per organisation (每家每年), and
 * support from other programs that is not given twice (不重复享受, 就高). Above the case file and the letters, whose
 * applications and approval letters it counts; below the review, whose decisions it checks.
 */
package cn.kaifeng.tfs.budget;
