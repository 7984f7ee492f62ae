package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.bank.domain.EligibilityStatus;
import cn.kaifeng.tfs.bank.domain.ProgramEligibility;
import cn.kaifeng.tfs.bank.domain.Reason;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.ProgramCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a bank is told about an enterprise. Without an authorisation in force: only that (the same answer as for a
 * code nobody registered, so a bank cannot even learn whether the enterprise uses the platform). With one: the
 * enterprise's name and, per loan and fund program, the status, reasons and approved support.
 */
public record EligibilityAnswer(
        String creditCode,
        boolean authorised,
        String organisation,
        LocalDate authorisedUntil,
        List<ProgramAnswer> programs,
        Instant answeredAt) {

    public record ProgramAnswer(
            String code, LocalizedText name, ProgramCategory category, ProgramEligibility eligibility) {}

    public static EligibilityAnswer unauthorised(String creditCode, Instant at) {
        return new EligibilityAnswer(creditCode, false, null, null, List.of(), at);
    }

    public EligibilityAnswer {
        programs = List.copyOf(programs);
    }

    /** The reasons at the top of the answer: NO_AUTHORISATION, or none. */
    public List<Reason> reasons() {
        return authorised ? List.of() : List.of(Reason.NO_AUTHORISATION);
    }

    /** One word for the query log and the bureau's counts: the best status of any program. */
    public String result() {
        if (!authorised) {
            return Reason.NO_AUTHORISATION.name();
        }
        for (EligibilityStatus s : EligibilityStatus.values()) { // ordered best first
            if (programs.stream().anyMatch(p -> p.eligibility().status() == s)) {
                return s.name();
            }
        }
        return EligibilityStatus.NOT_ELIGIBLE.name();
    }
}
