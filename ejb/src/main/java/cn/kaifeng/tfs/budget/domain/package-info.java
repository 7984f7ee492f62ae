/**
 * The budget's rules in plain Java: the budget itself (program, year, round, amount in fen), which round an
 * application falls in, the ranked list with its cut line, and the arithmetic of the limits on one award. Tested
 * without a server, with tables and properties.
 */
package cn.kaifeng.tfs.budget.domain;
