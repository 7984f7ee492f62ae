package cn.kaifeng.tfs.privacy.domain;

import cn.kaifeng.tfs.privacy.domain.RetentionRule.Action;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The bureau's retention rules, one per class of data. The periods are the bureau's setting, chosen as follows:
 * a draft nobody touched for a year is abandoned; an objector's contact serves only to answer the objection, so it
 * goes half a year after the objection is settled (time for a complaint about the answer); notifications are news,
 * two years; a bank's questions are kept three years, long enough for a loan's post-lending checks and for the
 * bureau to answer an enterprise asking who looked at it; the documents of a claim the bureau rejected (a licence, a
 * signed authorisation naming people) a year after the rejection, time to contest it, unless the claimant submitted
 * them again; login attempts only feed the back-off, a day. Case files and
 * the audit trail are records of public administration (全程留痕) and are never removed by the system: their
 * disposal follows the bureau's archive rules, by hand.
 */
public final class RetentionPolicy {

    public static final List<RetentionRule> RULES = List.of(
            new RetentionRule(
                    DataClass.UNSUBMITTED_DRAFTS, days(365), Action.DELETE, "retention.basis.UNSUBMITTED_DRAFTS"),
            new RetentionRule(
                    DataClass.OBJECTOR_CONTACTS, days(180), Action.ERASE, "retention.basis.OBJECTOR_CONTACTS"),
            new RetentionRule(DataClass.NOTIFICATIONS, days(730), Action.DELETE, "retention.basis.NOTIFICATIONS"),
            new RetentionRule(DataClass.BANK_QUERIES, days(3 * 365), Action.DELETE, "retention.basis.BANK_QUERIES"),
            new RetentionRule(
                    DataClass.REJECTED_CLAIM_DOCUMENTS,
                    days(365),
                    Action.DELETE,
                    "retention.basis.REJECTED_CLAIM_DOCUMENTS"),
            new RetentionRule(DataClass.FAILED_LOGINS, days(1), Action.DELETE, "retention.basis.FAILED_LOGINS"),
            new RetentionRule(DataClass.CASE_FILES, Optional.empty(), Action.KEEP, "retention.basis.CASE_FILES"),
            new RetentionRule(DataClass.AUDIT_TRAIL, Optional.empty(), Action.KEEP, "retention.basis.AUDIT_TRAIL"));

    private RetentionPolicy() {}

    public static RetentionRule of(DataClass dataClass) {
        return RULES.stream()
                .filter(r -> r.dataClass() == dataClass)
                .findFirst()
                .orElseThrow();
    }

    private static Optional<Duration> days(int days) {
        return Optional.of(Duration.ofDays(days));
    }
}
