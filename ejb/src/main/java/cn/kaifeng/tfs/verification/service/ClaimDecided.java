package cn.kaifeng.tfs.verification.service;

import cn.kaifeng.tfs.verification.domain.ClaimStatus;
import java.time.Instant;

/**
 * The bureau decided an organisation's claim (verified or rejected): fired in the decision's transaction, so the
 * organisation is told exactly when the decision commits.
 */
public record ClaimDecided(long organisationId, ClaimStatus status, Instant at) {}
