package cn.kaifeng.tfs.riskpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.riskpool.domain.Coverage;
import cn.kaifeng.tfs.riskpool.domain.Coverage.EligibilityProof;
import cn.kaifeng.tfs.riskpool.domain.Coverage.Exposure;
import cn.kaifeng.tfs.riskpool.domain.CoverageRefusal;
import cn.kaifeng.tfs.riskpool.domain.PoolAgreement;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The coverage decision under the shipped pool (5 000 万元, leverage 5 → 2.5 亿元, 1 000 万元 per loan, 1.5 亿元 per
 * bank, 3 % non-performing, 30 days of eligibility proof), one row per case, the first failing check the reason.
 */
class RiskPoolCoverageTest {

    static final UnifiedSocialCreditCode BANK = UnifiedSocialCreditCode.of("91410200MA45DE004U");
    static final UnifiedSocialCreditCode OTHER_BANK = UnifiedSocialCreditCode.of("91410200MA45DE0062");
    static final UnifiedSocialCreditCode ENTERPRISE = UnifiedSocialCreditCode.of("91410200MA45DE001J");
    static final LocalDate GRANTED = LocalDate.of(2026, 6, 15);

    static PoolAgreement pool;

    @BeforeAll
    static void read() throws IOException {
        pool = RiskPoolReaderTest.shippedPool();
    }

    static Coverage.Loan loan(long yuan) {
        return new Coverage.Loan(BANK, "KF-XD-CREDIT", ENTERPRISE, yuan * 100, GRANTED);
    }

    static List<EligibilityProof> eligibleDaysBefore(int days) {
        return List.of(new EligibilityProof(GRANTED.minusDays(days), Coverage.ELIGIBLE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // case                                    | loan yuan  | proof days before | pool fen        | bank fen
                //       | bank NPL fen | reason
                "covered                                    | 10000000   | 0                 | 0               | 0              | 0            | ",
                "proof 30 days before still counts          | 1000000    | 30                | 0               | 0              | 0            | ",
                "proof 31 days before does not              | 1000000    | 31                | 0               | 0              | 0            | NO_ELIGIBILITY_PROOF",
                "proof after the grant does not             | 1000000    | -1                | 0               | 0              | 0            | NO_ELIGIBILITY_PROOF",
                "above the cap per loan by one yuan         | 10000001   | 0                 | 0               | 0              | 0            | LOAN_ABOVE_CAP",
                "bank cap reached exactly                   | 10000000   | 0                 | 14000000000     | 14000000000    | 0            | ",
                "bank cap passed by one fen                 | 10000000   | 0                 | 14000000001     | 14000000001    | 0            | BANK_CAP",
                "leverage reached exactly                   | 10000000   | 0                 | 24000000000     | 1000000000     | 0            | ",
                "leverage passed by one fen                 | 10000000   | 0                 | 24000000001     | 1000000000     | 0            | LEVERAGE",
                "ratio exactly 3 % is not above             | 1000000    | 0                 | 10000000000     | 10000000000    | 300000000    | ",
                "ratio just above 3 %                       | 1000000    | 0                 | 10000000000     | 10000000000    | 300000001    | BANK_NPL_ABOVE_THRESHOLD",
            })
    void decides(
            String name, long yuan, int proofDays, long poolFen, long bankFen, long nplFen, CoverageRefusal reason) {
        Coverage.Decision d = Coverage.decide(
                pool, loan(yuan), new Exposure(poolFen, bankFen, nplFen), eligibleDaysBefore(proofDays));
        assertEquals(reason == null, d.covered(), name);
        assertEquals(reason, d.refusal(), name);
    }

    @Test
    void aProgramThePoolDoesNotCoverIsRefused() {
        Coverage.Loan talent = new Coverage.Loan(BANK, "KF-RC-TEAM", ENTERPRISE, 100_00, GRANTED);
        Coverage.Decision d = Coverage.decide(pool, talent, Exposure.NONE, eligibleDaysBefore(0));
        assertEquals(CoverageRefusal.PROGRAM_NOT_COVERED, d.refusal());
        assertEquals(List.of("KF-RC-TEAM"), d.arguments());
    }

    @Test
    void aBankOutsideTheAgreementIsRefused() {
        Coverage.Loan loan = new Coverage.Loan(OTHER_BANK, "KF-XD-CREDIT", ENTERPRISE, 100_00, GRANTED);
        assertEquals(
                CoverageRefusal.BANK_NOT_IN_POOL,
                Coverage.decide(pool, loan, Exposure.NONE, eligibleDaysBefore(0))
                        .refusal());
    }

    @Test
    void aLoanGrantedBeforeTheAgreementIsRefused() {
        Coverage.Loan loan = new Coverage.Loan(BANK, "KF-XD-CREDIT", ENTERPRISE, 100_00, LocalDate.of(2025, 12, 31));
        assertEquals(
                CoverageRefusal.POOL_NOT_IN_FORCE,
                Coverage.decide(pool, loan, Exposure.NONE, List.of()).refusal());
    }

    @Test
    void onlyAnEligibleAnswerProves() {
        for (String result : List.of("PENDING", "NOT_ELIGIBLE", "NO_AUTHORISATION", "MALFORMED")) {
            Coverage.Decision d =
                    Coverage.decide(pool, loan(1000), Exposure.NONE, List.of(new EligibilityProof(GRANTED, result)));
            assertEquals(CoverageRefusal.NO_ELIGIBILITY_PROOF, d.refusal(), result);
        }
    }

    @Test
    void theRatioRefusalNamesTheBanksRatioAndTheThreshold() {
        Coverage.Decision d = Coverage.decide(
                pool, loan(1000), new Exposure(1_000_000_00, 1_000_000_00, 50_000_00), eligibleDaysBefore(0));
        assertEquals(CoverageRefusal.BANK_NPL_ABOVE_THRESHOLD, d.refusal());
        assertEquals(List.of("5.00", "3"), d.arguments());
        assertTrue(d.messageKey().startsWith("riskpool.refusal."));
    }
}
