package cn.kaifeng.tfs.letter.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When an applicant may ask online for a review (复核) of a decision: only of a rejection (the letter that states
 * the appeal route), only while that letter stands, and until the program's appeal days after the letter's date
 * in Beijing have passed. A program with no appeal days takes no appeals online.
 */
public final class AppealWindow {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** Longest reason an applicant gives, as the timeline keeps it. */
    public static final int MAX_REASON = 2000;

    private AppealWindow() {}

    /** The last day (Beijing) an appeal is taken, or null when the program takes none online. */
    public static LocalDate lastDay(Instant letterIssuedAt, int appealDays) {
        return appealDays <= 0
                ? null
                : letterIssuedAt.atZone(BEIJING).toLocalDate().plusDays(appealDays);
    }

    /** Refuses, with the reason for the applicant, an appeal that cannot be taken now. */
    public static void check(Letter current, int appealDays, String reason, Instant now) {
        if (appealDays <= 0) {
            throw new DomainException("appeal.notOffered");
        }
        if (current == null || current.revoked() || current.kind() != LetterKind.REJECTION) {
            throw new DomainException("appeal.onlyRejections");
        }
        LocalDate last = lastDay(current.issuedAt(), appealDays);
        if (now.atZone(BEIJING).toLocalDate().isAfter(last)) {
            throw new DomainException("appeal.tooLate", last.toString());
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("appeal.reasonRequired");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new DomainException("appeal.reasonTooLong", MAX_REASON);
        }
    }

    /** Whether the appeal form is offered to the applicant now (the same rules, without a reason yet). */
    public static boolean open(Letter current, int appealDays, Instant now) {
        try {
            check(current, appealDays, "-", now);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }
}
