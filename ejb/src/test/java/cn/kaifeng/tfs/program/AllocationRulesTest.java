package cn.kaifeng.tfs.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.domain.Exclusion;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.Ranking;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The program's rules for sharing what it gives: {@code ranking} (择优 and its tie rules), {@code exclusive}
 * (不重复享受 with other programs) and {@code award.capPerYear} (每家每年), as read from a file, with the problems an
 * import reports; and the shipped programs that use them.
 */
class AllocationRulesTest {

    private static final Path VALID = Path.of("src/test/resources/programs/test-new-program.yaml");

    private static final String SOURCE = "source: {document: KAIFENG_2023, clause: 二（四）2, quote: 统筹运用财政专项资金}";

    private static String with(String blocks) throws IOException {
        return Files.readString(VALID).replace("letters:\n", blocks + "\nletters:\n");
    }

    @Test
    void aProgramWithoutTheRulesRanksBySubmissionAndLimitsNothing() {
        ProgramDefinition plain = Programs.read(VALID);
        assertEquals(Ranking.BY_SUBMISSION, plain.ranking());
        assertTrue(plain.exclusions().isEmpty());
        assertNull(plain.award().capPerYear());
    }

    @Test
    void theRulesAsWritten() throws IOException {
        ProgramDefinition program = Programs.reader()
                .read(
                        "rules.yaml",
                        with("ranking:\n  merit: true\n  ties: [{section: strength}, {criterion: tier}, submittedAt]\n  "
                                        + SOURCE
                                        + "\nexclusive:\n  - code: once\n    name: 不重复享受\n    notWith: [KF-RC-TEAM, KF-RC-TALENT]\n"
                                        + "    scope: member\n    resolution: first\n    " + SOURCE + "\n")
                                .replace("  cap: 500000\n", "  cap: 500000\n  capPerYear: 800000\n"));
        Ranking ranking = program.ranking();
        assertTrue(ranking.merit());
        assertEquals(
                List.of(
                        new Ranking.TieRule(Ranking.TieRule.Kind.SECTION, "strength"),
                        new Ranking.TieRule(Ranking.TieRule.Kind.CRITERION, "tier"),
                        Ranking.TieRule.submittedAt()),
                ranking.ties());
        assertEquals("二（四）2", ranking.source().clause());
        Exclusion rule = program.exclusions().get(0);
        assertEquals(List.of("KF-RC-TEAM", "KF-RC-TALENT"), rule.notWith());
        assertEquals(Exclusion.Scope.MEMBER, rule.scope());
        assertEquals(Exclusion.Resolution.FIRST, rule.resolution());
        assertTrue(rule.names("KF-RC-TALENT"));
        assertEquals("800000.00", program.award().capPerYear().toString());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ranking: {merit: true, ties: [firstCome], SOURCE}|badTieRule|a tie rule that is none of the three",
                "ranking: {merit: true, ties: [{section: strenght}], SOURCE}|unknownTieSection|a tie rule naming no section",
                "ranking: {merit: true, ties: [{criterion: tiers}], SOURCE}|unknownTieCriterion|a tie rule naming no criterion",
                "ranking: {merit: true, ties: [submittedAt, submittedAt], SOURCE}|tieRepeated|the same tie rule twice",
                "ranking: {merit: false, ties: [submittedAt], SOURCE}|tiesWithoutMerit|tie rules without merit ranking",
                "ranking: {merit: true, ties: [{section: strength, criterion: tier}], SOURCE}|badTieRule|a tie rule with two keys",
                "ranking: {merit: true}|missingSource|a ranking without its source",
                "exclusive: [{code: once, name: x, notWith: [TEST-NEW], scope: organisation, resolution: higher, SOURCE}]|exclusiveSelf|a rule naming its own program",
                "exclusive: [{code: once, name: x, notWith: [kf-rc-team], scope: organisation, resolution: higher, SOURCE}]|programCode|a malformed program code",
                "exclusive: [{code: once, name: x, notWith: [KF-RC-TEAM], scope: project, resolution: higher, SOURCE}]|notOneOf|a scope that does not exist",
                "exclusive: [{code: once, name: x, notWith: [KF-RC-TEAM], scope: organisation, resolution: lower, SOURCE}]|notOneOf|a resolution that does not exist",
                "exclusive: [{code: once, name: x, scope: organisation, resolution: higher, SOURCE}]|missingKey|a rule naming no program",
                "exclusive: [{code: once, name: x, notWith: [KF-RC-TEAM], scope: organisation, resolution: higher}]|missingSource|a rule without its source",
            })
    void eachMistakeIsReported(String block, String key, String what) throws IOException {
        String content = with(block.replace("SOURCE", SOURCE.replace("source: ", "source: ")));
        InvalidDefinitionException e = assertThrows(
                InvalidDefinitionException.class, () -> Programs.reader().read("broken.yaml", content), what);
        List<DefinitionProblem> found = e.problems();
        assertEquals(key, found.get(0).key(), what + ": " + found);
        assertFalse(found.get(0).describe(Locale.SIMPLIFIED_CHINESE).matches("(?s).*\\{\\d+}.*"), "said in words");
        assertFalse(found.get(0).describe(Locale.ENGLISH).isBlank());
    }

    @ParameterizedTest(name = "capPerYear: {0}")
    @CsvSource({"0", "-5", "0.001"})
    void aYearlyCapOfNothingOrOfNoAmountIsRefused(String cap) throws IOException {
        String content =
                Files.readString(VALID).replace("  cap: 500000\n", "  cap: 500000\n  capPerYear: " + cap + "\n");
        InvalidDefinitionException e = assertThrows(
                InvalidDefinitionException.class, () -> Programs.reader().read("broken.yaml", content));
        assertEquals("badAmount", e.problems().get(0).key(), e.problems().toString());
    }

    @Test
    void theShippedTalentProgramsRankByMeritAndAreNotGivenTwice() {
        ProgramDefinition team = Programs.shipped("kf-rc-team.yaml");
        assertTrue(team.ranking().merit());
        assertEquals("technology", team.ranking().ties().get(0).code());
        assertTrue(team.exclusions().stream().allMatch(r -> r.names("KF-RC-TALENT")));
        assertEquals(
                List.of(Exclusion.Scope.ORGANISATION, Exclusion.Scope.MEMBER),
                team.exclusions().stream().map(Exclusion::scope).toList());
        ProgramDefinition talent = Programs.shipped("kf-rc-talent.yaml");
        assertTrue(talent.ranking().merit());
        assertTrue(talent.exclusions().get(0).names("KF-RC-TEAM"));
        assertEquals(Exclusion.Resolution.HIGHER, talent.exclusions().get(0).resolution());
    }

    @Test
    void theLeasingSubsidysCapIsPerEnterpriseAndYear() {
        ProgramDefinition leasing = Programs.shipped("kf-zl-leasing.yaml");
        assertEquals("1000000.00", leasing.award().capPerYear().toString());
        assertEquals(Ranking.BY_SUBMISSION, leasing.ranking(), "a formula subsidy: first come, first served");
    }
}
