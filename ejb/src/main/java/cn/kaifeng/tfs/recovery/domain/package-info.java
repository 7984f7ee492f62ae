/**
 * The recovery rules in plain Java, tested without a server: {@code Debt} (what is owed on a day, interest exact
 * to the fen, how a payment is split between interest and principal), the order's state machine
 * ({@code RecoveryOrder}) and the 失信 record's life ({@code CreditRecord}: in force, lifted, expired).
 */
package cn.kaifeng.tfs.recovery.domain;
