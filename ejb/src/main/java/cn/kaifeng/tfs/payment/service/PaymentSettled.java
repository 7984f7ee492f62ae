package cn.kaifeng.tfs.payment.service;

import cn.kaifeng.tfs.payment.domain.PaymentSource;

/**
 * Fired, in the import's transaction, when the treasury's return file says a payment that is not a tranche was paid:
 * its source's floor records what follows (the pool's book takes a claim's payout). An observer that refuses rolls
 * the whole import back.
 */
public record PaymentSettled(long paymentId, PaymentSource source, long sourceId, long amountFen, String by) {}
