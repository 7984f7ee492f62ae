package cn.kaifeng.tfs.riskpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.riskpool.domain.PoolAgreement;
import cn.kaifeng.tfs.riskpool.domain.PoolStanding;
import cn.kaifeng.tfs.riskpool.domain.PoolStanding.AlertKind;
import cn.kaifeng.tfs.riskpool.domain.PoolStanding.BankStanding;
import cn.kaifeng.tfs.riskpool.domain.PoolStanding.CoveredLoan;
import cn.kaifeng.tfs.riskpool.domain.PoolStanding.Standing;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bureau's figures for the shipped pool (5 000 万元 × leverage 5 = 2.5 亿元 = 25 000 000 000 fen; threshold 3 %),
 * each worked out by hand in the comments.
 */
class RiskPoolStandingTest {

    static final String A = "91410200MA45DE004U";
    static final String B = "91410200MA45DE005Y";
    static final String OUTSIDER = "91410200MA45DE0062";

    static PoolAgreement pool;

    @BeforeAll
    static void read() throws IOException {
        pool = RiskPoolReaderTest.shippedPool();
    }

    @Test
    void twoBanksOneAboveTheThreshold() {
        Standing s = PoolStanding.of(
                pool,
                List.of(A, B),
                List.of(
                        new CoveredLoan(A, true, 1_000_000_000, false), // 1 000 万元 performing
                        new CoveredLoan(A, true, 50_000_000, true), // 50 万元 defaulted
                        new CoveredLoan(A, false, 0, false), // refused: counts nothing
                        new CoveredLoan(B, true, 2_000_000_000, false), // 2 000 万元 performing
                        new CoveredLoan(OUTSIDER, false, 0, false))); // not a party: refused
        assertEquals(5_000_000_000L, s.sizeFen());
        assertEquals(25_000_000_000L, s.leverageLimitFen());
        // 1 000 000 000 + 50 000 000 + 2 000 000 000
        assertEquals(3_050_000_000L, s.coveredBalanceFen());
        // 3 050 000 000 × 100 ÷ 25 000 000 000 = 12.2
        assertEquals(new BigDecimal("12.20"), s.leverageUsedPercent());

        BankStanding a = s.banks().get(0);
        assertEquals(A, a.bank());
        assertEquals(2, a.loansCovered());
        assertEquals(1, a.loansRefused());
        assertEquals(1_050_000_000L, a.coveredBalanceFen());
        assertEquals(50_000_000L, a.nonPerformingFen());
        // 50 000 000 × 100 ÷ 1 050 000 000 = 4.7619… → 4.76, above 3
        assertEquals(new BigDecimal("4.76"), a.nplRatioPercent());
        assertTrue(a.aboveThreshold());

        BankStanding b = s.banks().get(1);
        assertEquals(new BigDecimal("0.00"), b.nplRatioPercent());
        assertFalse(b.aboveThreshold());
        BankStanding outsider = s.banks().get(2);
        assertEquals(OUTSIDER, outsider.bank());
        assertEquals(0, outsider.loansCovered());
        assertEquals(1, outsider.loansRefused());

        assertEquals(1, s.alerts().size(), s.alerts().toString());
        PoolStanding.Alert alert = s.alerts().get(0);
        assertEquals(AlertKind.BANK_NPL_ABOVE_THRESHOLD, alert.kind());
        assertEquals(A, alert.bank());
        assertEquals("4.76", alert.figure());
        assertEquals("3", alert.limit());
        assertEquals("riskpool.alert.BANK_NPL_ABOVE_THRESHOLD", alert.messageKey());
    }

    @Test
    void aPartyWithoutLoansIsListedWithNothing() {
        Standing s = PoolStanding.of(pool, List.of(A, B), List.of());
        assertEquals(2, s.banks().size());
        assertEquals(0, s.coveredBalanceFen());
        assertEquals(new BigDecimal("0.00"), s.leverageUsedPercent());
        assertTrue(s.alerts().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // case                                  | covered fen | NPL fen | ratio shown | above | leverage shown
                // | warns
                "3 % exactly is not above                 | 100000000   | 3000000 | 3.00        | false | 0.40           | false",
                "one fen more is above (3.000001 %)        | 100000000   | 3000001 | 3.00        | true  | 0.40           | false",
                "90 % of the limit exactly warns           | 22500000000 | 0       | 0.00        | false | 90.00          | true",
                "one fen under 90 % shows 90.00 but waits  | 22499999999 | 0       | 0.00        | false | 90.00          | false",
                "the whole limit                           | 25000000000 | 0       | 0.00        | false | 100.00         | true",
            })
    void limitsAreComparedExactly(
            String name, long covered, long npl, String ratio, boolean above, String leverage, boolean warns) {
        List<CoveredLoan> loans = npl == 0
                ? List.of(new CoveredLoan(A, true, covered, false))
                : List.of(new CoveredLoan(A, true, covered - npl, false), new CoveredLoan(A, true, npl, true));
        Standing s = PoolStanding.of(pool, List.of(A), loans);
        assertEquals(new BigDecimal(ratio), s.banks().get(0).nplRatioPercent());
        assertEquals(above, s.banks().get(0).aboveThreshold());
        assertEquals(new BigDecimal(leverage), s.leverageUsedPercent());
        assertEquals(
                warns,
                s.alerts().stream().anyMatch(a -> a.kind() == AlertKind.LEVERAGE_NEAR_LIMIT),
                s.alerts()::toString);
    }

    @Test
    void aRefusedLoanCannotCountABalance() {
        assertThrows(IllegalArgumentException.class, () -> new CoveredLoan(A, false, 1, false));
        assertThrows(IllegalArgumentException.class, () -> new CoveredLoan(A, true, -1, false));
    }
}
