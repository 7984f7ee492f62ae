package cn.kaifeng.tfs.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.RecoveryTerms;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code recovery:} section: read exactly, checked, and present in every shipped program that pays money. */
class RecoveryTermsTest {

    private static final Path VALID = Path.of("src/test/resources/programs/test-new-program.yaml");

    private static String withRecovery(String section) throws IOException {
        return Files.readString(VALID).replace("\nletters:", "\n" + section + "\nletters:");
    }

    @Test
    void theRateIsReadAsTheExactDecimalWritten() throws IOException {
        ProgramDefinition p = Programs.reader()
                .read("t.yaml", withRecovery("recovery: {annualInterestRate: 0.0365, creditRecordMonths: 24}"));
        RecoveryTerms terms = p.recoveryTerms().orElseThrow();
        assertEquals(new BigDecimal("0.0365"), terms.annualInterestRate());
        assertEquals(24, terms.creditRecordMonths());
    }

    @Test
    void withoutTheSectionAProgramChargesNoInterestAndSetsNoPeriod() throws IOException {
        assertTrue(Programs.reader()
                .read("t.yaml", Files.readString(VALID))
                .recoveryTerms()
                .isEmpty());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "recovery: {annualInterestRate: -0.01, creditRecordMonths: 24}|badInterestRate|a negative rate",
                "recovery: {annualInterestRate: 3.65, creditRecordMonths: 24}|badInterestRate|a percentage written as a fraction",
                "recovery: {annualInterestRate: 0.03, creditRecordMonths: 0}|badCreditRecordMonths|a period of no months",
                "recovery: {annualInterestRate: 0.03, creditRecordMonths: 61}|badCreditRecordMonths|more than five years",
                "recovery: {annualInterestRate: 0.03, creditRecordMonths: 2.5}|notAnInteger|half months",
                "recovery: {annualInterestRate: 0.03}|missingKey|no period",
                "recovery: {annualInterestRate: 0.03, creditRecordMonths: 24, interest: daily}|unknownKey|a misspelt key",
            })
    void mistakesAreReported(String section, String key, String what) throws IOException {
        InvalidDefinitionException e = assertThrows(
                InvalidDefinitionException.class, () -> Programs.reader().read("t.yaml", withRecovery(section)));
        List<DefinitionProblem> problems = e.problems();
        assertEquals(key, problems.get(0).key(), what + ": " + problems);
    }

    @Test
    void everyShippedProgramThatPaysMoneySaysHowItsMoneyIsRecovered() {
        for (Path file : Programs.shippedFiles()) {
            ProgramDefinition p = Programs.read(file);
            if (p.grantsMoney()) {
                assertTrue(p.recoveryTerms().isPresent(), file + " pays money but has no recovery terms");
            }
        }
    }
}
