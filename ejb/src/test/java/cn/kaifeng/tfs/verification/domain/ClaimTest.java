package cn.kaifeng.tfs.verification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimTest {

    private static final Instant T = Instant.parse("2026-12-06T08:00:00Z");
    private static final Set<DocumentKind> BOTH = EnumSet.allOf(DocumentKind.class);

    private static Claim claim() {
        return new Claim(7L, UnifiedSocialCreditCode.of("91410200MA45DE001J"), "张示例", "kf.claimant", T);
    }

    private static String key(Runnable action) {
        return assertThrows(DomainException.class, action::run).messageKey();
    }

    @Test
    void aNewClaimWaitsForItsDocuments() {
        assertEquals(ClaimStatus.AWAITING_DOCUMENTS, claim().status());
    }

    @Test
    void itGoesToTheBureauOnlyWithBothDocuments() {
        Claim claim = claim();
        assertEquals(
                "verification.documentsMissing", key(() -> claim.submit(EnumSet.of(DocumentKind.BUSINESS_LICENCE), T)));
        assertEquals("verification.documentsMissing", key(() -> claim.submit(Set.of(), T)));
        claim.submit(BOTH, T);
        assertEquals(ClaimStatus.SUBMITTED, claim.status());
        assertEquals(T, claim.submittedAt());
    }

    @Test
    void onlyASubmittedClaimIsDecided() {
        Claim claim = claim();
        assertEquals("verification.notSubmitted", key(() -> claim.verify("kf.reviewer", T)));
        assertEquals("verification.notSubmitted", key(() -> claim.reject("kf.reviewer", "不符", T)));
        claim.submit(BOTH, T);
        claim.verify("kf.reviewer", T);
        assertEquals(ClaimStatus.VERIFIED, claim.status());
        assertEquals("kf.reviewer", claim.decidedBy());
        assertEquals("verification.notSubmitted", key(() -> claim.verify("kf.reviewer", T)));
    }

    @Test
    void aVerifiedOrSubmittedClaimCannotBeChangedByTheClaimant() {
        Claim claim = claim();
        claim.submit(BOTH, T);
        assertEquals("verification.notChangeable", key(claim::requireChangeable));
        assertEquals("verification.notChangeable", key(() -> claim.submit(BOTH, T)));
        claim.verify("kf.reviewer", T);
        assertEquals("verification.notChangeable", key(claim::requireChangeable));
    }

    @Test
    void aRejectionNeedsAReasonAndLetsTheClaimantTryAgain() {
        Claim claim = claim();
        claim.submit(BOTH, T);
        assertEquals("verification.reasonRequired", key(() -> claim.reject("kf.reviewer", "  ", T)));
        assertEquals("verification.reasonTooLong", key(() -> claim.reject("kf.reviewer", "长".repeat(501), T)));
        claim.reject("kf.reviewer", "授权委托书未签字", T);
        assertEquals(ClaimStatus.REJECTED, claim.status());
        assertEquals("授权委托书未签字", claim.reason());
        claim.requireChangeable();
        claim.submit(BOTH, T.plusSeconds(60));
        assertEquals(ClaimStatus.SUBMITTED, claim.status());
        assertNull(claim.reason(), "a new submission is judged afresh");
    }
}
