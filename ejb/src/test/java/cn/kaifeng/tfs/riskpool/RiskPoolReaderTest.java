package cn.kaifeng.tfs.riskpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.Programs;
import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.riskpool.definition.PoolReader;
import cn.kaifeng.tfs.riskpool.domain.Party;
import cn.kaifeng.tfs.riskpool.domain.PoolAgreement;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped pool reads as the server would read it, against the shipped programs and policy documents; a hostile
 * change to any of its entries is refused with the problem's key on the line it is on, in both languages.
 */
class RiskPoolReaderTest {

    static final Path SHIPPED = Path.of("..", "config", "pools", "kf-metaverse-credit-pool.yaml");

    static final Set<String> PROGRAMS = Set.of(
            "KF-XD-CREDIT",
            "KF-XD-IP-PLEDGE",
            "KF-XD-EQUITY-PLEDGE",
            "KF-ZL-LEASING",
            "KF-GZ-EQUITY-DEBT",
            "KF-RC-TEAM",
            "KF-RC-TALENT",
            "KF-JJ-FUND");

    static String shipped() throws IOException {
        return Files.readString(SHIPPED, StandardCharsets.UTF_8);
    }

    static PoolReader reader() {
        return new PoolReader(PROGRAMS, Programs.policies());
    }

    /** The shipped pool as the other pool tests use it. */
    static PoolAgreement shippedPool() throws IOException {
        return reader().read("kf-metaverse-credit-pool.yaml", shipped());
    }

    @Test
    void theShippedPoolCoversTheFiveCreditProgramsWithItsFigures() throws IOException {
        PoolAgreement pool = shippedPool();
        assertEquals("RP-KF-CREDIT", pool.code());
        assertEquals(
                Set.of("KF-XD-CREDIT", "KF-XD-IP-PLEDGE", "KF-XD-EQUITY-PLEDGE", "KF-ZL-LEASING", "KF-GZ-EQUITY-DEBT"),
                pool.programs());
        assertEquals(5_000_000_000L, pool.sizeFen());
        assertEquals(25_000_000_000L, pool.leverageLimitFen());
        assertEquals(0, new BigDecimal("60").compareTo(pool.shares().percentOf(Party.POOL)));
        assertEquals(2, pool.banks().size());
        assertEquals("HENAN_2022", pool.basis().document());
        assertEquals("二（四）1", pool.basis().clause());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'  POOL: 60\n  BANK: 40'|'  POOL: 60\n  BANK: 30'|pool.shareSum",
                "'  POOL: 60\n  BANK: 40'|'  POOL: 60\n  BANK: 40\n  GUARANTOR: 10'|pool.shareSum",
                "'  POOL: 60\n  BANK: 40'|'  POOL: 60'|pool.shareParties",
                "'  POOL: 60\n  BANK: 40'|'  POOL: 60\n  GUARANTOR: 40'|pool.shareParties",
                "'  POOL: 60\n  BANK: 40'|'  POOL: 60.005\n  BANK: 39.995'|pool.sharePercent",
                "'  POOL: 60\n  BANK: 40'|'  POOL: -10\n  BANK: 110'|pool.sharePercent",
                "'  POOL: 60\n  BANK: 40'|'  POOL: 60\n  BANKS: 40'|notOneOf",
                "'  POOL: 60\n  BANK: 40'|'  POOL: sixty\n  BANK: 40'|notANumber",
                "sizeFen: 5_000_000_000|sizeFen: 0|pool.fenBounds",
                "sizeFen: 5_000_000_000|sizeFen: 1e40|pool.fenBounds",
                "sizeFen: 5_000_000_000|sizeFen: 12.5|notAnInteger",
                "sizeFen: 5_000_000_000|sizeFen: '; DROP TABLE pool'|notANumber",
                "perLoanFen: 1_000_000_000|perLoanFen: 99_000_000_000|pool.capsOrder",
                "leverage: 5|leverage: 0.5|pool.decimalBounds",
                "leverage: 5|leverage: 21|pool.decimalBounds",
                "leverage: 5|leverage: 5.125|pool.decimalBounds",
                "nplThresholdPercent: 3|nplThresholdPercent: 100|pool.decimalBounds",
                "nplThresholdPercent: 3|nplThresholdPercent: 0|pool.decimalBounds",
                "eligibilityDays: 30|eligibilityDays: 367|pool.bounds",
                "eligibilityDays: 30|eligibilityDays: -1|pool.bounds",
                "secondApprovalAboveFen: 100_000_000|secondApprovalAboveFen: 0|pool.fenBounds",
                "secondApprovalAboveFen: 100_000_000|secondApprovalAboveFen: many|notANumber",
                "interestSharePercent: 50|interestSharePercent: 101|pool.decimalBounds",
                "capPerEnterprisePerYearFen: 20_000_000|capPerEnterprisePerYearFen: -5|pool.fenBounds",
                "KF-GZ-EQUITY-DEBT]|KF-GZ-EQUITY-DEBT, KF-NOPE]|pool.unknownProgram",
                "KF-GZ-EQUITY-DEBT]|KF-GZ-EQUITY-DEBT, KF-XD-CREDIT]|pool.programTwice",
                "91410200MA45DE005Y|91410200MA45DE005X|pool.bankCode",
                "91410200MA45DE005Y|91410200MA45DE004U|pool.bankTwice",
                "code: RP-KF-CREDIT|code: pool<script>|pool.code",
                "version: 1|version: 0|versionPositive",
                "'  from: 2026-01-01'|'  from: 2026-01-01\n  to: 2025-12-31'|'effectiveOrder'",
                "clause: 二（四）1|clause: 九（九）|clauseNotFound",
                "document: HENAN_2022|document: NOPE_2026|unknownDocument",
                "'leverage: 5'|'leverage: 5\nsurprise: 1'|'unknownKey'",
            })
    void aHostileChangeIsRefusedWithItsReason(String from, String to, String key) throws IOException {
        String content = shipped();
        String unescaped = from.replace("\\n", "\n");
        assertTrue(content.contains(unescaped), () -> "the shipped file no longer has " + unescaped);
        String hostile = content.replace(unescaped, to.replace("\\n", "\n"));
        InvalidDefinitionException e =
                assertThrows(InvalidDefinitionException.class, () -> reader().read("pool.yaml", hostile));
        List<String> keys = e.problems().stream().map(DefinitionProblem::key).toList();
        assertTrue(keys.contains(key), () -> "expected " + key + " among " + keys);
        for (DefinitionProblem p : e.problems()) {
            // both languages say it, with file and line, without an unformatted placeholder
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String text = p.describe(locale);
                assertTrue(text.startsWith("pool.yaml"), text);
                assertTrue(!text.contains("{0}"), text);
            }
        }
    }

    @Test
    void missingEntriesAreAllReportedTogether() {
        InvalidDefinitionException e = assertThrows(
                InvalidDefinitionException.class,
                () -> reader().read("bare.yaml", "code: RP-BARE\nversion: 1\nname: 空\n"));
        List<String> keys = e.problems().stream().map(DefinitionProblem::key).toList();
        assertTrue(keys.contains("missingKey"), keys::toString);
        assertTrue(keys.contains("pool.noPrograms"), keys::toString);
        assertTrue(keys.contains("pool.noBanks"), keys::toString);
        assertTrue(e.problems().size() >= 8, keys::toString);
    }

    @Test
    void aFileThatIsNotYamlIsRefused() {
        InvalidDefinitionException e =
                assertThrows(InvalidDefinitionException.class, () -> reader().read("x.yaml", "code: [unclosed\n"));
        assertEquals("yamlSyntax", e.problems().get(0).key());
    }
}
