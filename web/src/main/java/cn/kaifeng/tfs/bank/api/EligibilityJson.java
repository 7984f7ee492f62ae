package cn.kaifeng.tfs.bank.api;

import cn.kaifeng.tfs.bank.domain.ProgramEligibility;
import cn.kaifeng.tfs.bank.domain.Reason;
import cn.kaifeng.tfs.bank.domain.Support;
import cn.kaifeng.tfs.bank.service.EligibilityAnswer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An eligibility answer as JSON. Without authorisation only {@code creditCode}, {@code authorised: false} and the
 * reason NO_AUTHORISATION; with it, the enterprise's name and one entry per loan and fund program. Reasons carry a
 * code for programs and a sentence in the caller's language.
 */
public record EligibilityJson(
        String creditCode,
        boolean authorised,
        String organisation,
        LocalDate authorisedUntil,
        List<ReasonJson> reasons,
        List<ProgramJson> programs,
        Instant answeredAt) {

    public record ReasonJson(String code, String text) {}

    /**
     * {@code status}: ELIGIBLE, PENDING or NOT_ELIGIBLE; {@code eligibleListVersion}: the list checked against.
     * {@code whitelistVersion} and {@code whitelistPublishedAt} repeat the list's two values under the names they
     * had before the list was called the eligible list everywhere, for bank systems written against those names;
     * deprecated, like the API's old list paths.
     */
    public record ProgramJson(
            String program,
            String name,
            String category,
            String status,
            List<ReasonJson> reasons,
            SupportJson support,
            Integer eligibleListVersion,
            Instant eligibleListPublishedAt,

            @Schema(deprecated = true, description = "The same as eligibleListVersion (its old name)")
            Integer whitelistVersion,

            @Schema(deprecated = true, description = "The same as eligibleListPublishedAt (its old name)")
            Instant whitelistPublishedAt) {

        /** An answer for one program; the list's values are given once and written under both names. */
        public ProgramJson(
                String program,
                String name,
                String category,
                String status,
                List<ReasonJson> reasons,
                SupportJson support,
                Integer eligibleListVersion,
                Instant eligibleListPublishedAt) {
            this(
                    program,
                    name,
                    category,
                    status,
                    reasons,
                    support,
                    eligibleListVersion,
                    eligibleListPublishedAt,
                    eligibleListVersion,
                    eligibleListPublishedAt);
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** The approved support as its letter states it, and the window (inclusive) in which it stands. */
    public record SupportJson(
            BigDecimal amount,
            String letterNumber,
            String verificationCode,
            LocalDate validFrom,
            LocalDate validUntil) {}

    /*
     * Identity, not value, equality for the response documents: JSON-B (Yasson) checks for cycles by putting every
     * object it writes into a hash set, and a record's value hash walks the whole tree below it each time, which
     * made hashing the single largest cost of writing an answer. Nothing compares these documents.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    public static EligibilityJson of(EligibilityAnswer a, Locale locale) {
        return new EligibilityJson(
                a.creditCode(),
                a.authorised(),
                a.organisation(),
                a.authorisedUntil(),
                reasons(a.reasons(), locale),
                programs(a.programs(), locale),
                a.answeredAt());
    }

    // loops rather than streams: this runs for every answer of the API's hottest call
    private static List<ProgramJson> programs(List<EligibilityAnswer.ProgramAnswer> programs, Locale locale) {
        ProgramJson[] json = new ProgramJson[programs.size()];
        for (int i = 0; i < json.length; i++) {
            json[i] = program(programs.get(i), locale);
        }
        return List.of(json);
    }

    private static ProgramJson program(EligibilityAnswer.ProgramAnswer p, Locale locale) {
        ProgramEligibility e = p.eligibility();
        Support s = e.support();
        return new ProgramJson(
                p.code(),
                p.name().in(locale),
                p.category().name(),
                e.status().name(),
                reasons(e.reasons(), locale),
                s == null
                        ? null
                        : new SupportJson(
                                s.amount() == null ? null : s.amount().yuan(),
                                s.letterNumber(),
                                s.verificationCode(),
                                s.validFrom(),
                                s.validUntil()),
                e.eligibleListVersion(),
                e.eligibleListPublishedAt());
    }

    private static List<ReasonJson> reasons(List<Reason> reasons, Locale locale) {
        ReasonJson[] json = new ReasonJson[reasons.size()];
        for (int i = 0; i < json.length; i++) {
            json[i] = new ReasonJson(reasons.get(i).name(), reasons.get(i).text(locale));
        }
        return List.of(json);
    }
}
