package cn.kaifeng.tfs.riskpool.domain;

/** Who bears a share of a covered loan's loss: the pool (the city's money), the lending bank, a guarantee company. */
public enum Party {
    POOL,
    BANK,
    GUARANTOR
}
