package cn.kaifeng.tfs.payment.domain;

/**
 * What a payment request pays: a tranche of an award (to the applicant organisation, within what the award still
 * covers in the ledger) or a pool claim (代偿, to the claiming bank; the pool's book takes the payout when the
 * treasury says it was paid).
 */
public enum PaymentSource {
    TRANCHE,
    CLAIM
}
