package cn.kaifeng.tfs.acceptance.service;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The deadline of a 限期整改 passed and the organisation did not ask for the acceptance again: fired once per
 * acceptance by the daily run ({@link RectificationSchedule}), in the transaction that marks it noticed, for the
 * notification to tell the organisation. The bureau sees it flagged in its acceptance list.
 */
public record RectificationDeadlinePassed(
        long organisationId, long applicationId, String caseNumber, LocalDate rectifyBy, Instant at) {}
