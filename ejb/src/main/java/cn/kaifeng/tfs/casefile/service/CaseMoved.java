package cn.kaifeng.tfs.casefile.service;

import java.time.Instant;

/**
 * An application took a step ({@code step}, a {@link cn.kaifeng.tfs.casefile.domain.Move}'s name) and is now in
 * {@code status}: fired by {@link Timeline} in the transaction of the step, for features above this one to observe
 * (the applicant's notifications, the ledger's commitments), so that the case does not need to know who listens.
 * {@code actor} is who took the step.
 */
public record CaseMoved(
        long applicationId, long organisationId, String step, String status, String actor, Instant at) {}
