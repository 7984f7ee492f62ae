package cn.kaifeng.tfs.riskpool.domain;

import java.util.Map;

/**
 * A pool's money as its book holds it, for the bureau's watch: what the pool has now, what it paid on claims (代偿),
 * what came back to it from recoveries after a payout, and what it paid as interest subsidies (贴息). Read from the
 * balances of the book's accounts (each debits less credits): money in is credited to FUNDING and RECOVERED, so
 * those two are shown negated.
 */
public record PoolMoney(long balanceFen, long fundedFen, long claimsPaidFen, long recoveredFen, long subsidiesFen) {

    /** From the balances of every account of one pool's book (an account without postings may be missing). */
    public static PoolMoney of(Map<PoolAccount, Long> balances) {
        return new PoolMoney(
                balances.getOrDefault(PoolAccount.POOL, 0L),
                -balances.getOrDefault(PoolAccount.FUNDING, 0L),
                balances.getOrDefault(PoolAccount.CLAIMS, 0L),
                -balances.getOrDefault(PoolAccount.RECOVERED, 0L),
                balances.getOrDefault(PoolAccount.SUBSIDIES, 0L));
    }
}
