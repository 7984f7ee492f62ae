package cn.kaifeng.tfs.casefile.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an organisation is barred from every program by a 失信 record on a day. The records are the recovery
 * feature's, above this floor, so it answers ({@code recovery.service.CreditRecordBars}); the case file asks at
 * its gate (starting and submitting an application), and the matching asks before it proposes programs.
 */
public interface CreditBars {

    /** The record that bars the organisation on that day (the one in force longest), if any. */
    Optional<Bar> barOf(long organisationId, LocalDate day);

    /** Which of these organisations are barred on that day. */
    Set<Long> barredAmong(Collection<Long> organisationIds, LocalDate day);

    /** A record in force: its number, its reason, and its first and last day. */
    record Bar(long recordId, String reason, LocalDate from, LocalDate until) {}
}
