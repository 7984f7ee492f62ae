package cn.kaifeng.tfs.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.Assessor;
import cn.kaifeng.tfs.program.domain.Outcome;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.expression.Facts;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A program that exists only as a file in test resources is read and scored: no code knows it. */
class NewProgramAsFileTest {

    private final ProgramDefinition program =
            Programs.read(Path.of("src/test/resources/programs/test-new-program.yaml"));

    @Test
    void isReadWithItsOwnVersionAndDates() {
        assertEquals("TEST-NEW", program.code());
        assertEquals(3, program.version());
        assertEquals(false, program.openOn(LocalDate.of(2026, 2, 28)));
        assertEquals(true, program.openOn(LocalDate.of(2030, 1, 1)), "no end date: open-ended");
    }

    @Test
    void scoresAnApplicationWithDerivedValuesAndTheAwardFormula() {
        Assessment a = Assessor.assess(
                program,
                Facts.of(Map.of(
                        "tier",
                        "SPECIALISED",
                        "revenue",
                        new BigDecimal("30000000"),
                        "rdSpend",
                        new BigDecimal("1500000"),
                        "inKaifeng",
                        true)));
        assertEquals("0.05", a.derivedValues().get("rdRatio"));
        assertEquals(0, new BigDecimal("28").compareTo(a.total()));
        assertEquals(Outcome.PASSED, a.outcome());
        // 1 % of 30 million is 300,000, under the cap
        assertEquals(Money.ofYuan(300_000), a.award());
    }

    @Test
    void capsTheAward() {
        Assessment a = Assessor.assess(
                program,
                Facts.of(Map.of(
                        "tier",
                        "BACKBONE",
                        "revenue",
                        new BigDecimal("900000000"),
                        "rdSpend",
                        BigDecimal.ZERO,
                        "inKaifeng",
                        true)));
        assertEquals(Outcome.FAILED, a.outcome(), "10 points is below the pass mark of 20");
        Assessment rich = Assessor.assess(
                program,
                Facts.of(Map.of(
                        "tier",
                        "BACKBONE",
                        "revenue",
                        new BigDecimal("900000000"),
                        "rdSpend",
                        new BigDecimal("90000000"),
                        "inKaifeng",
                        true)));
        assertEquals(Money.ofYuan(500_000), rich.award());
        assertEquals("award.capped", rich.awardExplanation().key());
    }
}
