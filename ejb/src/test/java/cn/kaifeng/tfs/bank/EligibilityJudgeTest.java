package cn.kaifeng.tfs.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.kaifeng.tfs.bank.domain.EligibilityJudge;
import cn.kaifeng.tfs.bank.domain.EligibilityJudge.Case;
import cn.kaifeng.tfs.bank.domain.EligibilityJudge.IssuedLetter;
import cn.kaifeng.tfs.bank.domain.EligibilityJudge.Listing;
import cn.kaifeng.tfs.bank.domain.EligibilityStatus;
import cn.kaifeng.tfs.bank.domain.ProgramEligibility;
import cn.kaifeng.tfs.bank.domain.Reason;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.shared.domain.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A bank's answer for one program, from an enterprise's applications, letters and the program's current list. */
class EligibilityJudgeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    /** 2026-03-01 10:00 in Beijing. */
    private static final Instant MARCH = Instant.parse("2026-03-01T02:00:00Z");

    private static IssuedLetter approval(long id, Instant issued, Instant revoked) {
        return new IssuedLetter(
                id,
                LetterKind.APPROVAL,
                "汴财扶贷〔2026〕000" + id + "号",
                "7KQ2-M9XD-4HT" + id,
                Money.ofYuan(800_000),
                issued,
                revoked);
    }

    private static IssuedLetter rejection(long id) {
        return new IssuedLetter(
                id, LetterKind.REJECTION, "汴财扶贷〔2026〕000" + id + "号", "7KQ2-M9XD-4HT" + id, null, MARCH, null);
    }

    private static ProgramEligibility judge(List<Case> cases, Listing listing) {
        return EligibilityJudge.judge("KF-XD-CREDIT", 12, cases, listing, TODAY);
    }

    @Test
    void anApprovalOnTheCurrentListIsEligibleWithItsSupportAndTheListVersion() {
        Listing list = new Listing(3, Instant.parse("2026-11-01T00:00:00Z"), Set.of(7L));
        ProgramEligibility e =
                judge(List.of(new Case(1, ApplicationStatus.LETTER_ISSUED, List.of(approval(7, MARCH, null)))), list);
        assertEquals(EligibilityStatus.ELIGIBLE, e.status());
        assertEquals(List.of(Reason.LISTED), e.reasons());
        assertEquals(3, e.eligibleListVersion());
        assertEquals(Money.ofYuan(800_000), e.support().amount());
        assertEquals(LocalDate.of(2026, 3, 1), e.support().validFrom());
        assertEquals(LocalDate.of(2027, 2, 28), e.support().validUntil(), "twelve months, the last day inclusive");
    }

    @Test
    void theValidityWindowStartsOnTheBeijingDayOfTheLetter() {
        // 23:30 UTC on 28 February is 07:30 on 1 March in Beijing
        IssuedLetter lateEvening = approval(7, Instant.parse("2026-02-28T23:30:00Z"), null);
        assertEquals(
                LocalDate.of(2026, 3, 1),
                EligibilityJudge.support(lateEvening, 12).validFrom());
    }

    @Test
    void anApprovalNotYetListedIsPendingButShowsItsLetter() {
        ProgramEligibility e = judge(
                List.of(new Case(1, ApplicationStatus.LETTER_ISSUED, List.of(approval(7, MARCH, null)))),
                new Listing(2, MARCH, Set.of()));
        assertEquals(EligibilityStatus.PENDING, e.status());
        assertEquals(List.of(Reason.NOT_YET_LISTED), e.reasons());
        assertEquals("7KQ2-M9XD-4HT7", e.support().verificationCode());
        assertEquals(2, e.eligibleListVersion());
    }

    @Test
    void beforeTheFirstListTheVersionIsAbsent() {
        ProgramEligibility e = judge(List.of(), null);
        assertEquals(EligibilityStatus.NOT_ELIGIBLE, e.status());
        assertEquals(List.of(Reason.NO_APPLICATION), e.reasons());
        assertNull(e.eligibleListVersion());
        assertNull(e.support());
    }

    @Test
    void aRevokedLetterIsNotEligibleEvenIfTheListStillNamesIt() {
        Listing list = new Listing(3, MARCH, Set.of(7L));
        ProgramEligibility e = judge(
                List.of(new Case(
                        1,
                        ApplicationStatus.LETTER_ISSUED,
                        List.of(approval(7, MARCH, Instant.parse("2026-10-01T00:00:00Z"))))),
                list);
        assertEquals(EligibilityStatus.NOT_ELIGIBLE, e.status());
        assertEquals(List.of(Reason.LETTER_REVOKED), e.reasons());
        assertNull(e.support());
    }

    @Test
    void anApprovalPastItsWindowHasExpired() {
        IssuedLetter old = approval(7, Instant.parse("2025-06-01T02:00:00Z"), null);
        ProgramEligibility e = judge(
                List.of(new Case(1, ApplicationStatus.LETTER_ISSUED, List.of(old))), new Listing(1, MARCH, Set.of(7L)));
        assertEquals(EligibilityStatus.NOT_ELIGIBLE, e.status());
        assertEquals(List.of(Reason.SUPPORT_EXPIRED), e.reasons());
    }

    @Test
    void theLastDayOfTheWindowStillCountsAndTheNextDoesNot() {
        IssuedLetter letter = approval(7, Instant.parse("2025-11-21T02:00:00Z"), null); // window ends 2026-11-20
        Case c = new Case(1, ApplicationStatus.LETTER_ISSUED, List.of(letter));
        Listing list = new Listing(1, MARCH, Set.of(7L));
        assertEquals(
                EligibilityStatus.ELIGIBLE,
                EligibilityJudge.judge("P", 12, List.of(c), list, TODAY.minusDays(1))
                        .status());
        assertEquals(
                EligibilityStatus.NOT_ELIGIBLE,
                EligibilityJudge.judge("P", 12, List.of(c), list, TODAY).status());
    }

    @Test
    void aNewerApplicationUnderReviewIsPendingOnceTheOldApprovalHasRunOut() {
        IssuedLetter old = approval(7, Instant.parse("2025-06-01T02:00:00Z"), null);
        ProgramEligibility e = judge(
                List.of(
                        new Case(1, ApplicationStatus.LETTER_ISSUED, List.of(old)),
                        new Case(2, ApplicationStatus.EXPERT_REVIEW, List.of())),
                null);
        assertEquals(EligibilityStatus.PENDING, e.status());
        assertEquals(List.of(Reason.IN_REVIEW), e.reasons());
    }

    @Test
    void anApprovalInForceWinsOverALaterApplicationInReview() {
        Listing list = new Listing(1, MARCH, Set.of(7L));
        ProgramEligibility e = judge(
                List.of(
                        new Case(1, ApplicationStatus.LETTER_ISSUED, List.of(approval(7, MARCH, null))),
                        new Case(2, ApplicationStatus.SUBMITTED, List.of())),
                list);
        assertEquals(EligibilityStatus.ELIGIBLE, e.status());
    }

    @Test
    void approvedWithoutALetterYetIsPending() {
        ProgramEligibility e = judge(List.of(new Case(1, ApplicationStatus.APPROVED, List.of())), null);
        assertEquals(EligibilityStatus.PENDING, e.status());
        assertEquals(List.of(Reason.AWAITING_LETTER), e.reasons());
    }

    @Test
    void anAppealIsPending() {
        ProgramEligibility e = judge(List.of(new Case(1, ApplicationStatus.APPEALED, List.of(rejection(5)))), null);
        assertEquals(List.of(Reason.APPEALED), e.reasons());
    }

    @Test
    void rejectedAndWithdrawnSayWhy() {
        assertEquals(
                List.of(Reason.REJECTED),
                judge(List.of(new Case(1, ApplicationStatus.LETTER_ISSUED, List.of(rejection(5)))), null)
                        .reasons());
        assertEquals(
                List.of(Reason.REJECTED),
                judge(List.of(new Case(1, ApplicationStatus.REJECTED, List.of())), null)
                        .reasons());
        assertEquals(
                List.of(Reason.WITHDRAWN),
                judge(List.of(new Case(1, ApplicationStatus.WITHDRAWN, List.of())), null)
                        .reasons());
    }

    @Test
    void theLatestClosedApplicationGivesTheReason() {
        ProgramEligibility e = judge(
                List.of(
                        new Case(1, ApplicationStatus.REJECTED, List.of()),
                        new Case(4, ApplicationStatus.WITHDRAWN, List.of())),
                null);
        assertEquals(List.of(Reason.WITHDRAWN), e.reasons());
    }

    @Test
    void theNewestOfTwoApprovalsInForceIsTheOneShown() {
        Listing list = new Listing(1, MARCH, Set.of(7L, 9L));
        ProgramEligibility e = judge(
                List.of(
                        new Case(1, ApplicationStatus.LETTER_ISSUED, List.of(approval(7, MARCH, null))),
                        new Case(
                                2,
                                ApplicationStatus.LETTER_ISSUED,
                                List.of(approval(9, MARCH.plusSeconds(86_400 * 30), null)))),
                list);
        assertEquals(9L, e.support().letterId());
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonReadsInChineseAndInEnglish(Reason reason) {
        String zh = reason.text(Locale.SIMPLIFIED_CHINESE);
        String en = reason.text(Locale.ENGLISH);
        assertEquals(
                true,
                zh.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                zh);
        assertEquals(true, en.chars().allMatch(ch -> ch < 128), en);
        // the two languages' texts are kept once read; any other form of them is looked up and reads the same
        assertEquals(zh, reason.text(Locale.CHINESE));
        assertEquals(en, reason.text(Locale.UK));
        // a JVM whose default language is English must still answer in Chinese when asked to
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals(zh, reason.text(Locale.SIMPLIFIED_CHINESE));
        } finally {
            Locale.setDefault(before);
        }
    }
}
