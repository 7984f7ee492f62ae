/**
 * Recovery's use cases: opening orders and recording payments ({@code RecoveryService}, which posts each payment's
 * principal to the ledger), recording and lifting 失信 records ({@code CreditRecordService}), and the answer to the
 * case file's question whether an organisation is barred ({@code CreditRecordBars}). Each checks who asks.
 */
package cn.kaifeng.tfs.recovery.service;
