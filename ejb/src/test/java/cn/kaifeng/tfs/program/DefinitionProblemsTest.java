package cn.kaifeng.tfs.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A definition with a mistake is refused with the file, the line and what is wrong, in words a policy officer
 * can act on. Each case breaks the valid test program in one place.
 */
class DefinitionProblemsTest {

    private static final Path VALID = Path.of("src/test/resources/programs/test-new-program.yaml");

    private static List<DefinitionProblem> problems(String original, String replacement) throws IOException {
        String content = Files.readString(VALID);
        assertTrue(content.contains(original), "the test must change something: " + original);
        String broken = content.replace(original, replacement);
        InvalidDefinitionException e = assertThrows(
                InvalidDefinitionException.class, () -> Programs.reader().read("broken.yaml", broken));
        return e.problems();
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "type: choice|type: choise|unknownType|an unknown criterion type",
                "when: inKaifeng|when: inKaifong|unknownIdentifier|a misspelt field in an expression",
                "atLeast: 0.05|atleast: 0.05|unknownKey|a misspelt key",
                "options: {BACKBONE: 10, SPECIALISED: 8, SME: 5}|options: {BACKBONE: 10, SPECIALISED: 8, MEDIUM: 5}|unknownOption|an option the field does not have",
                "max: 30|max: 35|sectionSum|a section maximum that its criteria do not add up to",
                "code: TEST-NEW|code: test new|programCode|a malformed program code",
                "code: TEST-NEW|code: TEST-NEW-A-CODE-LONGER-THAN-THE-COLUMNS-HOLD|programCodeLength|a program code longer than the columns that store it",
                "version: 3|version: three|notANumber|a version that is not a number",
                "effective: {from: 2026-03-01}|effective: {from: 2026-02-30}|notADate|an impossible date",
                "formula: revenue * 0.01|formula: revenue * (0.01|badExpression|a formula that does not parse",
                "minTotal: 20|minTotal: 20, sectionMinimums: {strenght: 10}|unknownSection|a pass rule naming no section",
                "rejection: 不予扶持：{reasons}|rejection: 不予扶持：{reason}|unknownPlaceholder|a letter placeholder that would be printed raw",
            })
    void eachMistakeIsReportedWhereItIs(String original, String replacement, String key, String what)
            throws IOException {
        List<DefinitionProblem> found = problems(original, replacement);
        // the mistake itself comes first; a consequence (a threshold left without its bound) may follow
        assertTrue(found.size() <= 2, what + ": " + found);
        DefinitionProblem problem = found.get(0);
        assertEquals(key, problem.key(), what);
        int expectedLine = lineOf(original);
        assertEquals(expectedLine, problem.line(), what + " is reported on the line it is on");
        String zh = problem.describe(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.startsWith("broken.yaml 第 " + expectedLine + " 行"), zh);
        assertTrue(
                problem.describe(Locale.ENGLISH).startsWith("broken.yaml line " + expectedLine),
                problem.describe(Locale.ENGLISH));
    }

    @org.junit.jupiter.api.Test
    void anAppealPeriodBelowZeroOrOverAYearIsRefused() throws IOException {
        for (String days : List.of("-1", "366")) {
            List<DefinitionProblem> found =
                    problems("publicNoticeDays: 5}", "publicNoticeDays: 5, appealDays: " + days + "}");
            assertEquals(1, found.size(), found.toString());
            assertEquals("badAppealDays", found.get(0).key(), found.toString());
        }
    }

    @org.junit.jupiter.api.Test
    void anApprovalValidForNoTimeOrForDecadesIsRefused() throws IOException {
        for (String months : List.of("0", "121", "-3")) {
            List<DefinitionProblem> found =
                    problems("  formula: revenue * 0.01", "  formula: revenue * 0.01\n  validMonths: " + months);
            assertEquals(1, found.size(), found.toString());
            assertEquals("badValidMonths", found.get(0).key(), found.toString());
        }
    }

    @org.junit.jupiter.api.Test
    void aMissingSourceIsRefused() throws IOException {
        List<DefinitionProblem> found =
                problems("    source: {document: KAIFENG_2023, clause: 二（二）1, quote: 孵化培育创新主体和创业企业}\n", "");
        assertEquals("missingSource", found.get(0).key());
        assertTrue(found.get(0).describe(Locale.SIMPLIFIED_CHINESE).contains("政策依据"));
    }

    @org.junit.jupiter.api.Test
    void allProblemsOfAFileAreReportedAtOnce() throws IOException {
        String content = Files.readString(VALID)
                .replace("type: choice", "type: choise")
                .replace("when: inKaifeng", "when: inKaifong")
                .replace("max: 30", "maximum: 30");
        InvalidDefinitionException e = assertThrows(
                InvalidDefinitionException.class, () -> Programs.reader().read("broken.yaml", content));
        assertTrue(e.problems().size() >= 3, e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aDuplicatedKeyIsReportedOnceOnItsLine() throws IOException {
        String content =
                Files.readString(VALID).replace("numberPrefix: KF-TEST", "numberPrefix: KF-TEST\nnumberPrefix: KF-TWO");
        InvalidDefinitionException e = assertThrows(
                InvalidDefinitionException.class, () -> Programs.reader().read("broken.yaml", content));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("duplicateKey", e.problems().get(0).key());
        assertEquals(lineOf("numberPrefix: KF-TEST") + 1, e.problems().get(0).line());
    }

    @org.junit.jupiter.api.Test
    void yamlSyntaxErrorsNameTheirLine() {
        InvalidDefinitionException e = assertThrows(
                InvalidDefinitionException.class,
                () -> Programs.reader().read("bad.yaml", "code: X\nname: [unclosed\n"));
        assertEquals("yamlSyntax", e.problems().get(0).key());
        assertTrue(e.problems().get(0).line() >= 2);
    }

    /** The line of the file where the changed text stands. */
    private static int lineOf(String original) throws IOException {
        String content = Files.readString(VALID);
        int at = content.indexOf(original);
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
