package cn.kaifeng.tfs.riskpool.domain;

/**
 * The accounts of a pool's book. The pool's balance is {@link #POOL}: money comes in from {@link #FUNDING} and from
 * {@link #RECOVERED} (its share of recoveries) and goes out to {@link #CLAIMS} (代偿) and {@link #SUBSIDIES} (贴息).
 */
public enum PoolAccount {
    FUNDING,
    POOL,
    CLAIMS,
    RECOVERED,
    SUBSIDIES
}
