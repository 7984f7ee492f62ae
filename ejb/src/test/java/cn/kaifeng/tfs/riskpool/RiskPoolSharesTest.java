package cn.kaifeng.tfs.riskpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.riskpool.domain.Party;
import cn.kaifeng.tfs.riskpool.domain.Shares;
import cn.kaifeng.tfs.riskpool.domain.SubsidyRule;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claims and recoveries split by the agreed ratios to the fen, and the interest subsidy by its rule and cap. */
class RiskPoolSharesTest {

    static Shares of(String pool, String bank, String guarantor) {
        return guarantor == null
                ? new Shares(Map.of(Party.POOL, new BigDecimal(pool), Party.BANK, new BigDecimal(bank)))
                : new Shares(Map.of(
                        Party.POOL,
                        new BigDecimal(pool),
                        Party.BANK,
                        new BigDecimal(bank),
                        Party.GUARANTOR,
                        new BigDecimal(guarantor)));
    }

    @ParameterizedTest(name = "{0}/{1}/{2} of {3} fen")
    @CsvSource({
        "60, 40,   , 70000000, 42000000, 28000000, 0",
        "60, 40,   , 1,        0,        1,        0",
        "60, 40,   , 3,        1,        2,        0",
        "50, 30, 20, 1001,     500,      301,      200",
        "33.33, 33.33, 33.34, 100, 33,   34,       33",
    })
    void splitsToTheFenWithTheRestOnTheBank(
            String pool, String bank, String guarantor, long fen, long toPool, long toBank, long toGuarantor) {
        Map<Party, Long> parts = of(pool, bank, guarantor).split(fen);
        assertEquals(toPool, parts.get(Party.POOL));
        assertEquals(toBank, parts.get(Party.BANK));
        assertEquals(toGuarantor, parts.getOrDefault(Party.GUARANTOR, 0L));
        assertEquals(fen, parts.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void ratiosMustAddUpToAHundredWithThePoolAndTheBank() {
        assertEquals(
                "riskpool.shares.sum",
                assertThrows(DomainException.class, () -> of("60", "30", null)).messageKey());
        assertEquals(
                "riskpool.shares.poolAndBank",
                assertThrows(
                                DomainException.class,
                                () -> new Shares(
                                        Map.of(Party.POOL, BigDecimal.TEN, Party.GUARANTOR, new BigDecimal("90"))))
                        .messageKey());
        assertEquals(
                "riskpool.shares.twoParties",
                assertThrows(DomainException.class, () -> new Shares(Map.of(Party.POOL, new BigDecimal("100"))))
                        .messageKey());
        assertEquals(
                "riskpool.shares.percentBounds",
                assertThrows(DomainException.class, () -> of("100.5", "-0.5", null))
                        .messageKey());
    }

    @ParameterizedTest(name = "{0} % of {2} fen interest, {3} fen received before, cap {1} → {4}")
    @CsvSource({
        "50, 20000000, 1000001, 0,        500000",
        "50, 20000000, 100000000, 0,      20000000",
        "50, 20000000, 100000000, 19999999, 1",
        "50, 20000000, 100000000, 20000000, 0",
        "33.33, 20000000, 100, 0,          33",
    })
    void subsidisesAShareOfInterestWithinTheYearsCap(
            String share, long cap, long interest, long before, long expected) {
        assertEquals(expected, new SubsidyRule(new BigDecimal(share), cap).subsidy(interest, before));
    }
}
