package cn.kaifeng.tfs.bank.domain;

import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.letter.domain.Letter;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.shared.domain.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a bank's answer for one program from an enterprise's applications, their letters and the program's
 * current eligible list. Plain Java, so every case is tested without a server.
 *
 * <p>The rules, in order: an approval whose letter is in force and which is on the current list makes the
 * enterprise eligible; an approval in force but not yet listed, an approval awaiting its letter, or an application
 * under review or appeal makes it pending; otherwise it is not eligible, for the reason of its latest application
 * (revoked, expired, rejected, withdrawn) or because it never applied.
 */
public final class EligibilityJudge {

    /** Letters are dated in Beijing time, as the bureau issues them. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Set<ApplicationStatus> IN_REVIEW = EnumSet.of(
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.FORMAL_REVIEW,
            ApplicationStatus.RETURNED,
            ApplicationStatus.EXPERT_REVIEW,
            ApplicationStatus.REVIEW_CONCLUDED,
            ApplicationStatus.PUBLIC_NOTICE,
            ApplicationStatus.OBJECTED,
            ApplicationStatus.AWAITING_DECISION,
            ApplicationStatus.AWAITING_SECOND_APPROVAL);

    /** A letter of an application, as far as eligibility cares. */
    public record IssuedLetter(
            long letterId,
            LetterKind kind,
            String number,
            String verificationCode,
            Money amount,
            Instant issuedAt,
            Instant revokedAt) {

        public static IssuedLetter of(Letter l) {
            return new IssuedLetter(
                    l.id(), l.kind(), l.number(), l.verificationCode(), l.amount(), l.issuedAt(), l.revokedAt());
        }
    }

    /** One application (never a draft) of the enterprise to the program, with its letters. */
    public record Case(long applicationId, ApplicationStatus status, List<IssuedLetter> letters) {}

    /** The program's latest published list, and which of the enterprise's letters are on it. */
    public record Listing(int version, Instant publishedAt, Set<Long> listedLetterIds) {}

    private EligibilityJudge() {}

    /** The window in which an approval stands: from the letter's day, for the program's number of months. */
    public static Support support(IssuedLetter letter, int validMonths) {
        LocalDate from = letter.issuedAt().atZone(ZONE).toLocalDate();
        return new Support(
                letter.letterId(),
                letter.amount(),
                letter.number(),
                letter.verificationCode(),
                from,
                from.plusMonths(validMonths).minusDays(1));
    }

    /**
     * @param listing the current list, or null when the program has none yet
     */
    public static ProgramEligibility judge(
            String programCode, int validMonths, List<Case> cases, Listing listing, LocalDate today) {
        Integer version = listing == null ? null : listing.version();
        Instant published = listing == null ? null : listing.publishedAt();
        List<Support> inForce = cases.stream()
                .flatMap(c -> c.letters().stream())
                .filter(l -> l.kind() == LetterKind.APPROVAL && l.revokedAt() == null)
                .sorted(Comparator.comparing(IssuedLetter::issuedAt).reversed())
                .map(l -> support(l, validMonths))
                .filter(s -> s.inForceOn(today))
                .toList();
        Optional<Support> listed = inForce.stream()
                .filter(s -> listing != null && listing.listedLetterIds().contains(s.letterId()))
                .findFirst();
        if (listed.isPresent()) {
            return answer(programCode, EligibilityStatus.ELIGIBLE, Reason.LISTED, listed.get(), version, published);
        }
        if (!inForce.isEmpty()) {
            return answer(
                    programCode, EligibilityStatus.PENDING, Reason.NOT_YET_LISTED, inForce.get(0), version, published);
        }
        List<Case> latestFirst = cases.stream()
                .sorted(Comparator.comparingLong(Case::applicationId).reversed())
                .toList();
        for (Case c : latestFirst) {
            Reason pending = c.status() == ApplicationStatus.APPROVED
                    ? Reason.AWAITING_LETTER
                    : c.status() == ApplicationStatus.APPEALED
                            ? Reason.APPEALED
                            : IN_REVIEW.contains(c.status()) ? Reason.IN_REVIEW : null;
            if (pending != null) {
                return answer(programCode, EligibilityStatus.PENDING, pending, null, version, published);
            }
        }
        Reason why = latestFirst.stream()
                .map(EligibilityJudge::closed)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Reason.NO_APPLICATION);
        return answer(programCode, EligibilityStatus.NOT_ELIGIBLE, why, null, version, published);
    }

    /** Why a finished application supports nothing now; empty for one that never got anywhere (a draft). */
    private static Optional<Reason> closed(Case c) {
        Optional<IssuedLetter> approval = c.letters().stream()
                .filter(l -> l.kind() == LetterKind.APPROVAL)
                .max(Comparator.comparing(IssuedLetter::issuedAt));
        if (approval.isPresent()) {
            // an approval in force was answered before this is asked: this one is revoked or has run out
            return Optional.of(approval.get().revokedAt() != null ? Reason.LETTER_REVOKED : Reason.SUPPORT_EXPIRED);
        }
        boolean rejectedByLetter = c.letters().stream().anyMatch(l -> l.kind() == LetterKind.REJECTION);
        if (rejectedByLetter || c.status() == ApplicationStatus.REJECTED) {
            return Optional.of(Reason.REJECTED);
        }
        if (c.status() == ApplicationStatus.WITHDRAWN) {
            return Optional.of(Reason.WITHDRAWN);
        }
        return Optional.empty();
    }

    private static ProgramEligibility answer(
            String code, EligibilityStatus status, Reason reason, Support support, Integer version, Instant published) {
        return new ProgramEligibility(code, status, List.of(reason), support, version, published);
    }
}
