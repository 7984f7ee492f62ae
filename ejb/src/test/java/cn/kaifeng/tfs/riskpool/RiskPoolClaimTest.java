package cn.kaifeng.tfs.riskpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.riskpool.domain.Claim;
import cn.kaifeng.tfs.riskpool.domain.ClaimState;
import cn.kaifeng.tfs.riskpool.domain.Coverage;
import cn.kaifeng.tfs.riskpool.domain.LoanEvent;
import cn.kaifeng.tfs.riskpool.domain.PoolAccount;
import cn.kaifeng.tfs.riskpool.domain.PoolAgreement;
import cn.kaifeng.tfs.riskpool.domain.PoolBook;
import cn.kaifeng.tfs.riskpool.domain.PoolMoney;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claim under the shipped pool (60/40, second approval above 100 万元): the amounts computed by hand, the four-eyes
 * rule, and the moves the state machine refuses. The book's end of it: a 70 万元 loss pays 42 万元 to the bank, and a
 * 10 万元 recovery afterwards brings 6 万元 back to the pool.
 */
class RiskPoolClaimTest {

    static final LocalDate GRANTED = LocalDate.of(2026, 3, 2);

    static String refused(Runnable move) {
        return assertThrows(DomainException.class, move::run).messageKey();
    }

    @Test
    void aLargeClaimNeedsASecondReviewerWhoIsNotTheFirst() {
        Claim claim = new Claim(1, 420_000_000L, 100_000_000L, 1);
        claim.review("zhao", true, null);
        assertEquals(ClaimState.AWAITING_SECOND_APPROVAL, claim.state());
        assertEquals("riskpool.claim.illegalMove.AWAITING_SECOND_APPROVAL", refused(claim::paid));
        assertEquals("riskpool.claim.sameReviewer", refused(() -> claim.confirm("zhao", true, null)));
        assertEquals("riskpool.claim.reasonRequired", refused(() -> claim.confirm("kong", false, " ")));
        claim.confirm("kong", true, null);
        assertEquals(ClaimState.APPROVED, claim.state());
        claim.paid();
        assertEquals(ClaimState.PAID, claim.state());
        assertEquals("riskpool.claim.illegalMove.PAID", refused(claim::paid));
    }

    @Test
    void aSmallClaimIsApprovedByOneReviewerAndARejectionSaysWhy() {
        Claim small = new Claim(1, 100_000_000L, 100_000_000L, 1);
        small.review("zhao", true, null);
        assertEquals(ClaimState.APPROVED, small.state(), "at the threshold, not above it");
        Claim declined = new Claim(2, 5_000L, 100_000_000L, 1);
        assertEquals("riskpool.claim.reasonRequired", refused(() -> declined.review("zhao", false, null)));
        assertEquals(ClaimState.SUBMITTED, declined.state(), "a refused move changes nothing");
        declined.review("zhao", false, "贷款发放前未查询资格");
        assertEquals(ClaimState.REJECTED, declined.state());
        assertEquals("贷款发放前未查询资格", declined.reason());
        assertEquals("riskpool.claim.illegalMove.REJECTED", refused(() -> declined.review("kong", true, null)));
    }

    @Test
    void aClaimNeedsEvidenceAndSomethingToClaim() {
        assertEquals("riskpool.claim.evidence", refused(() -> new Claim(1, 5_000L, 1L, 0)));
        assertEquals("riskpool.claim.nothingToClaim", refused(() -> new Claim(1, 0L, 1L, 1)));
        assertEquals(
                "riskpool.claim.reasonTooLong",
                refused(() -> new Claim(1, 5_000L, 1L, 1).review("zhao", false, "理".repeat(501))));
    }

    @Test
    void theBookPaysThePoolsShareAndTakesItsShareOfRecoveriesBack() throws IOException {
        PoolAgreement pool = RiskPoolReaderTest.shippedPool();
        PoolBook book = new PoolBook(pool);
        book.fund(1, pool.sizeFen());
        Coverage.Decision d = book.grant(
                10,
                new Coverage.Loan(
                        RiskPoolCoverageTest.BANK,
                        "KF-XD-IP-PLEDGE",
                        RiskPoolCoverageTest.ENTERPRISE,
                        1_000_000_00L,
                        GRANTED),
                List.of(new Coverage.EligibilityProof(GRANTED.minusDays(3), Coverage.ELIGIBLE)));
        assertEquals(true, d.covered(), d.toString());
        LocalDate today = LocalDate.of(2026, 12, 1);
        book.event(10, 100, new LoanEvent.Drawdown(GRANTED, 1_000_000_00L), today);
        book.event(10, 101, new LoanEvent.Repayment(LocalDate.of(2026, 9, 1), 300_000_00L, 12_000_00L), today);
        book.event(10, 102, new LoanEvent.Default(LocalDate.of(2026, 11, 1)), today);
        long amount = book.claimable(10);
        assertEquals(420_000_00L, amount, "60 % of the 70 万元 outstanding at default");
        Claim claim = new Claim(10, amount, pool.secondApprovalAboveFen(), 1);
        claim.review("zhao", true, null);
        assertEquals(ClaimState.APPROVED, claim.state(), "42 万元 is below the 100 万元 threshold");
        assertEquals(amount, book.payClaim(10, 900));
        claim.paid();
        assertEquals(50_000_000_00L - 420_000_00L, book.balance(PoolAccount.POOL));
        book.event(10, 103, new LoanEvent.Recovery(LocalDate.of(2026, 11, 20), 100_000_00L), today);
        assertEquals(50_000_000_00L - 420_000_00L + 60_000_00L, book.balance(PoolAccount.POOL));
        assertEquals(60_000_00L, book.balance(PoolAccount.RECOVERED) * -1);
        assertEquals("riskpool.claim.twice", refused(() -> book.payClaim(10, 901)));

        // the bureau's figures of the same book: funded 5 000 万, 42 万 paid, 6 万 back, the rest in the pool
        java.util.Map<PoolAccount, Long> balances = new java.util.EnumMap<>(PoolAccount.class);
        for (PoolAccount a : PoolAccount.values()) {
            balances.put(a, book.balance(a));
        }
        assertEquals(
                new PoolMoney(50_000_000_00L - 420_000_00L + 60_000_00L, 50_000_000_00L, 420_000_00L, 60_000_00L, 0),
                PoolMoney.of(balances));
        assertEquals(0L, balances.values().stream().mapToLong(Long::longValue).sum(), "a book's balances add to 0");
    }
}
