package cn.kaifeng.tfs.riskpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.payment.domain.PaymentRequest;
import cn.kaifeng.tfs.payment.domain.PaymentSource;
import cn.kaifeng.tfs.payment.domain.PaymentStatus;
import cn.kaifeng.tfs.riskpool.domain.LoanEvent;
import cn.kaifeng.tfs.riskpool.domain.LoanLife;
import cn.kaifeng.tfs.riskpool.domain.PoolAgreement;
import cn.kaifeng.tfs.riskpool.domain.PoolBook;
import cn.kaifeng.tfs.riskpool.domain.PoolBookRow;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The rules the stored pool book shares with the domain book ({@link PoolBook}'s static checks), the funding that
 * follows the agreement's size, and a claim's payout as a payment request.
 */
class RiskPoolStoredBookTest {

    static final LocalDate GRANTED = LocalDate.of(2026, 3, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void theClaimableAmountIsThePoolsShareOfTheLossOfADefaultedLoanOnce() throws IOException {
        PoolAgreement pool = RiskPoolReaderTest.shippedPool();
        LoanLife life = new LoanLife(5_000_000_00L, GRANTED);
        life.apply(new LoanEvent.Drawdown(GRANTED, 5_000_000_00L), TODAY);
        life.apply(new LoanEvent.Repayment(LocalDate.of(2026, 6, 1), 1_000_000_00L, 20_000_00L), TODAY);
        assertEquals(
                "riskpool.claim.notDefaulted",
                assertThrows(DomainException.class, () -> PoolBook.claimable(pool, life, false))
                        .messageKey());
        life.apply(new LoanEvent.Default(LocalDate.of(2026, 11, 1)), TODAY);
        // 400 万元 outstanding at default, the pool's 60 %
        assertEquals(2_400_000_00L, PoolBook.claimable(pool, life, false));
        assertEquals(
                "riskpool.claim.twice",
                assertThrows(DomainException.class, () -> PoolBook.claimable(pool, life, true))
                        .messageKey());
        assertEquals(300_000_00L, PoolBook.recoveryShare(pool, 500_000_00L), "60 % of a 50 万元 recovery");
    }

    @Test
    void nothingLeavesThePoolBeyondItsBalance() {
        PoolBook.requireAffordable(100L, 100L);
        DomainException refused = assertThrows(DomainException.class, () -> PoolBook.requireAffordable(101L, 100L));
        assertEquals("riskpool.pool.insufficient", refused.messageKey());
        assertEquals("1.01", refused.arguments()[0]);
        assertEquals("1.00", refused.arguments()[1]);
    }

    @Test
    void theBookIsFundedToTheAgreementsSizeAndAChangedSizePostsTheDifference() {
        PoolBookRow book = new PoolBookRow("RP-KF-CREDIT", Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(5_000_000_000L, book.fundTo(5_000_000_000L));
        assertEquals(0L, book.fundTo(5_000_000_000L), "loading the same size again posts nothing");
        assertEquals(1_000_000_000L, book.fundTo(6_000_000_000L));
        assertEquals(-2_000_000_000L, book.fundTo(4_000_000_000L));
        assertEquals(4_000_000_000L, book.fundedFen());
    }

    @Test
    void aClaimsPayoutWaitsForFinanceByOtherPeopleThanItsReviewer() {
        PaymentRequest payout = PaymentRequest.forClaim(
                7,
                "RP-KF-CREDIT",
                3,
                2_400_000_00L,
                "风险补偿代偿 贷款 12",
                "风险补偿资金池 RP-KF-CREDIT",
                1_000_000_00L,
                "kong",
                Instant.parse("2026-12-01T02:00:00Z"));
        assertEquals(PaymentSource.CLAIM, payout.sourceKind());
        assertEquals(7L, payout.sourceId());
        assertEquals(PaymentStatus.REVIEWED, payout.status());
        assertEquals("RP-7", payout.caseNumber());
        assertThrows(IllegalStateException.class, payout::applicationId, "a claim pays no application's tranche");
        assertEquals(
                "payment.reviewerCannotApprove",
                assertThrows(DomainException.class, () -> payout.approve("kong", Instant.now()))
                        .messageKey());
        assertEquals(PaymentStatus.FIRST_APPROVED, payout.approve("qian", Instant.now()), "above the threshold");
        assertEquals(PaymentStatus.APPROVED, payout.approve("sun", Instant.now()));
    }
}
