package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.shared.domain.DomainException;

/**
 * The outcome of a bank's query once it is recorded: the answer, or the problem with what was asked (a malformed
 * code), or the caller's limit reached (then {@code retryAfterSeconds} says when to try again).
 */
public record QueryOutcome<T>(T answer, DomainException problem, long retryAfterSeconds) {

    public boolean limited() {
        return retryAfterSeconds > 0;
    }
}
