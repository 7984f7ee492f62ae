package cn.kaifeng.tfs.agreement.domain;

import static cn.kaifeng.tfs.agreement.domain.AgreementStatus.DRAFT;
import static cn.kaifeng.tfs.agreement.domain.AgreementStatus.ISSUED;
import static cn.kaifeng.tfs.agreement.domain.AgreementStatus.SIGNED;
import static cn.kaifeng.tfs.agreement.domain.AgreementStatus.TARGETS_PROPOSED;
import static cn.kaifeng.tfs.agreement.domain.AgreementStatus.TARGETS_RETURNED;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.MessageKey;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every step of an agreement's life, from which states it may be taken and where it leads; anything not listed is
 * refused with the step and the state named, in the user's language.
 */
public enum AgreementMove {
    /** The applicant proposes a target for every indicator (again, after a return). */
    PROPOSE_TARGETS(EnumSet.of(DRAFT, TARGETS_RETURNED), TARGETS_PROPOSED),
    /** The reviewer sends the targets back with a reason. */
    RETURN_TARGETS(EnumSet.of(TARGETS_PROPOSED), TARGETS_RETURNED),
    /** The reviewer accepts the targets; the bureau's agreement is printed and signed in the same step. */
    ACCEPT_TARGETS(EnumSet.of(TARGETS_PROPOSED), ISSUED),
    /** The applicant accepts the signed agreement online: it is in force, and the tranches due on signing fall due. */
    ACCEPT_AGREEMENT(EnumSet.of(ISSUED), SIGNED),
    /** A later stage (the mid-term check, the acceptance) reports that a tranche condition holds. */
    MEET_CONDITION(EnumSet.of(SIGNED), SIGNED);

    private final Set<AgreementStatus> from;
    private final AgreementStatus to;

    AgreementMove(Set<AgreementStatus> from, AgreementStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(AgreementStatus status) {
        return from.contains(status);
    }

    /** Where the step leads from {@code status}; refused with a clear reason when it cannot be taken. */
    public AgreementStatus target(AgreementStatus status) {
        if (!allowedFrom(status)) {
            throw new DomainException(
                    "agreement.illegalMove",
                    new MessageKey("agreement.move." + name()),
                    new MessageKey("agreement.status." + status.name()));
        }
        return to;
    }
}
