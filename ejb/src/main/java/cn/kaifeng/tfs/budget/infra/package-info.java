/**
 * The budget's storage work that the mapping cannot do: the migration that takes the budgets and decisions made
 * before the ledger existed into its books.
 */
package cn.kaifeng.tfs.budget.infra;
