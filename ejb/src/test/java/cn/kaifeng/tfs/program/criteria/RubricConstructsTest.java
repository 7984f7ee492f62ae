package cn.kaifeng.tfs.program.criteria;

import static cn.kaifeng.tfs.program.Programs.assertPoints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.Programs;
import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.Assessor;
import cn.kaifeng.tfs.program.domain.CriterionResult;
import cn.kaifeng.tfs.program.domain.ExpertRange;
import cn.kaifeng.tfs.program.domain.Outcome;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.expression.Facts;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rubric constructs real schemes need (test program: src/test/resources/programs/test-rubric-constructs.yaml): a
 * pass mark that excludes its number (高于 30 分), a section minimum and a single criterion's minimum, a ratio printed
 * in per cent, and an expert criterion whose allowed points depend on the facts, in whole points. And what the import
 * says when one of them is written wrong.
 */
class RubricConstructsTest {

    private static final Path FILE = Path.of("src/test/resources/programs/test-rubric-constructs.yaml");

    private static String content() throws IOException {
        return Files.readString(FILE);
    }

    private static ProgramDefinition program() throws IOException {
        return Programs.reader().read("test-rubric-constructs.yaml", content());
    }

    /** Facts: tier, R&D ratio (spend on revenue 100), invention patent held, number of patents. */
    private static Facts facts(String tier, String rdSpend, boolean invention, int patents) {
        Map<String, Object> values = new HashMap<>();
        values.put("tier", tier);
        values.put("revenue", new BigDecimal("100"));
        values.put("rdSpend", new BigDecimal(rdSpend));
        values.put("hasInvention", invention);
        values.put("patents", new BigDecimal(patents));
        return Facts.of(values);
    }

    private static CriterionResult criterion(Assessment a, String code) {
        return a.sections().stream()
                .flatMap(s -> s.criteria().stream())
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0}, R&D {1}%, panel {2} -> {3} ({4})")
    @CsvSource({
        // 10 + 20 + panel: the total must be above 30, tech above 5, tier at least 5
        "BACKBONE, 5, 6, PASSED, decided.passedWithSections",
        "BACKBONE, 4, 6, FAILED, decided.failed.total", // 10 + 0 + 6 = 16
        "BACKBONE, 5, 0, FAILED, decided.failed.section", // tech 0 is not above 5
        "SPECIALISED, 5, 5, FAILED, decided.failed.section", // 8 + 20 + 5: tech 5 is not above 5
        "SME, 5, 10, FAILED, decided.failed.criterion", // tier 4 is below its minimum 5 whatever the total
        "SPECIALISED, 5, 3, FAILED, decided.failed.section",
    })
    void strictAndPartMinimumsDecide(String tier, String rd, String panel, Outcome outcome, String key)
            throws IOException {
        Assessment a =
                Assessor.assess(program(), facts(tier, rd, true, 5), Map.of("ip-quality", new BigDecimal(panel)));
        assertEquals(outcome, a.outcome(), a.decidedBy().toString());
        assertEquals(key, a.decidedBy().key());
    }

    @Test
    void aTotalOnThePassMarkItselfFailsWhenTheMarkSaysAbove() throws IOException {
        // 10 + 20 + 0 is 30, exactly the mark; 高于 30 分 does not include 30 (tech min not met either, so use SME-free)
        ProgramDefinition program =
                Programs.reader().read("strict.yaml", content().replace("  sectionMinimums: {tech: {above: 5}}\n", ""));
        Assessment on =
                Assessor.assess(program, facts("BACKBONE", "5", true, 5), Map.of("ip-quality", BigDecimal.ZERO));
        assertEquals(Outcome.FAILED, on.outcome());
        assertEquals("总分 30 分，未达到通过标准（总分高于 30 分）。", on.decidedBy().in(Locale.CHINA));
        Assessment above =
                Assessor.assess(program, facts("BACKBONE", "5", true, 5), Map.of("ip-quality", BigDecimal.ONE));
        assertEquals(Outcome.PASSED, above.outcome());
    }

    @Test
    void aCriterionMinimumFailsEvenWhenTheExpertPartIsPending() throws IOException {
        Assessment a = Assessor.assess(program(), facts("SME", "5", true, 5));
        assertEquals(Outcome.FAILED, a.outcome());
        assertEquals("decided.failed.criterion", a.decidedBy().key());
        assertEquals("“企业层级”一项得 4 分，未达到该项的最低要求（不低于 5 分）。", a.decidedBy().in(Locale.CHINA));
    }

    @Test
    void aRatioReadsInPerCent() throws IOException {
        Assessment a = Assessor.assess(program(), facts("BACKBONE", "6", true, 5));
        assertEquals(
                "研发投入占比为 6%，达到不低于 5% 的要求，得 20 分。",
                criterion(a, "rd-ratio").explanation().in(Locale.CHINA));
        assertEquals(
                "研发投入占比 is 6%, at least 5%: 20 points.",
                criterion(a, "rd-ratio").explanation().in(Locale.ENGLISH));
    }

    @ParameterizedTest(name = "invention {0}, {1} patents -> {2}–{3}, grades {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "true|5|0|20|A 16–20、B 11–15、C 6–10、D 0–5|0",
                "false|5|0|15|B 11–15、C 6–10、D 0–5|1", // A closed: no invention patent
                "true|3|0|12|B 11–12、C 6–10、D 0–5|1", // 3 patents: at most 12, so A closed and B cut
                "false|1|0|4|D 0–4|2",
                "true|0|0|0|D 0–0|1",
            })
    void theFactsSetWhatAnExpertMayGive(
            boolean invention, int patents, String lowest, String highest, String allowed, int limits)
            throws IOException {
        ProgramDefinition program = program();
        ExpertRange range = program.criteria().stream()
                .filter(c -> c.code().equals("ip-quality"))
                .findFirst()
                .orElseThrow()
                .rule()
                .expertRange(Assessor.withDerived(program, facts("BACKBONE", "5", invention, patents)));
        assertPoints(lowest, range.lowest());
        assertPoints(highest, range.highest());
        assertEquals(allowed, range.allowed());
        assertEquals(limits, range.limits().size(), range.limits().toString());
        assertTrue(range.wholePoints());
    }

    @ParameterizedTest(name = "invention {0}, {1} patents, score {2} -> {3}")
    @CsvSource({
        "true, 5, 18, ",
        "true, 5, 20, ",
        "true, 5, 21, panel.scoreOutOfRange",
        "true, 5, -1, panel.scoreOutOfRange",
        "true, 5, 12.5, panel.scoreNotWhole",
        "false, 5, 16, panel.scoreOutOfLimitedRange",
        "false, 5, 15, ",
        "true, 2, 9, panel.scoreOutOfLimitedRange",
        "true, 2, 8, ",
    })
    void anExpertsScoreOutsideTheAllowedRangeIsRefusedWithTheReason(
            boolean invention, int patents, String score, String refusal) throws IOException {
        ProgramDefinition program = program();
        ExpertRange range = program.criteria().stream()
                .filter(c -> c.code().equals("ip-quality"))
                .findFirst()
                .orElseThrow()
                .rule()
                .expertRange(Assessor.withDerived(program, facts("BACKBONE", "5", invention, patents)));
        BigDecimal points = new BigDecimal(score);
        if (refusal == null) {
            range.check(program.criteria().get(2).name(), points);
        } else {
            DomainException e = assertThrows(
                    DomainException.class,
                    () -> range.check(program.criteria().get(2).name(), points));
            assertEquals(refusal, e.messageKey());
            assertTrue(e.getMessage().contains("知识产权质量"), e.getMessage());
        }
    }

    @Test
    void thePanelResultIsRefusedOutsideTheRangeNeverCut() throws IOException {
        // no invention patent: grade A (16–20) is closed, so a panel result of 17 is refused with the reason
        DomainException e = assertThrows(
                DomainException.class,
                () -> Assessor.assess(
                        program(), facts("BACKBONE", "5", false, 5), Map.of("ip-quality", new BigDecimal("17"))));
        assertEquals("panel.scoreOutOfLimitedRange", e.messageKey());
        assertTrue(e.getMessage().contains("A 档仅限拥有发明专利"), e.getMessage());
        // a mean need not be whole: 13.33 from 13, 13, 14 stands
        Assessment a = Assessor.assess(
                program(), facts("BACKBONE", "5", false, 5), Map.of("ip-quality", new BigDecimal("13.33")));
        assertPoints("13.33", criterion(a, "ip-quality").points());
    }

    @Test
    void thePanelsPointsNameTheCriterionAndTheGrade() throws IOException {
        Assessment a =
                Assessor.assess(program(), facts("BACKBONE", "5", true, 5), Map.of("ip-quality", new BigDecimal("17")));
        assertEquals(
                "知识产权质量：专家组评分 17 分，属 A 档（核心发明专利支撑）。",
                criterion(a, "ip-quality").explanation().in(Locale.CHINA));
        Assessment pending = Assessor.assess(program(), facts("BACKBONE", "5", false, 2));
        assertEquals(
                "由评审专家按等级打分，按申报材料最多可得 8 分（可评 C 6–8、D 0–5；每件专利至多 4 分；A 档仅限拥有发明专利），尚待评审。",
                criterion(pending, "ip-quality").explanation().in(Locale.CHINA));
    }

    private static List<DefinitionProblem> problems(String from, String to) throws IOException {
        String content = content();
        assertTrue(content.contains(from), "the test program has " + from);
        return assertThrows(
                        InvalidDefinitionException.class,
                        () -> Programs.reader().read("constructs.yaml", content.replace(from, to)))
                .problems();
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "  aboveTotal: 30|  aboveTotal: 30\\n  minTotal: 30|passTotalOnce|both a strict and an inclusive total",
                "  aboveTotal: 30|  |passTotalOnce|no total",
                "{tech: {above: 5}}|{tech: {above: 5, min: 5}}|minimumOnce|a minimum with two edges",
                "{tier: 5}|{tierr: 5}|unknownCriterion|a criterion that does not exist",
                "{tier: 5}|{tech: 5}|unknownCriterionOtherKind|a section's code among the criterion minimums",
                "{tech: {above: 5}}|{tier: 5}|unknownSectionOtherKind|a criterion's code among the section minimums",
                "{tech: {above: 5}}|{tech: {above: 20}}|minimumAboveMax|a strict minimum at the maximum cannot be met",
                "- code: ip-quality|- code: strength|duplicateCode.section|a criterion with a section's code",
                "- code: rd-ratio|- code: tier|duplicateCode.criterion|two criteria with one code",
                "        unit: percent|        unit: percents|unknownUnit|a unit that does not exist",
                "        atLeast: 0.05|        atLeast: 0.05\\n        above: 0.05|thresholdBound|a threshold with two bounds",
                ", closedReason: {zh: A 档仅限拥有发明专利, en: grade A needs an invention patent}||missingKey|a grade open on a condition without the reason",
                "          max: patents * 4|          max: patents.size()|expressionRefused.METHOD_CALL|a limit outside the language",
            })
    void theImportNamesWhatIsWrong(String from, String to, String key, String what) throws IOException {
        List<DefinitionProblem> found = problems(from.replace("\\n", "\n"), to == null ? "" : to.replace("\\n", "\n"));
        assertTrue(found.stream().anyMatch(p -> p.key().equals(key)), what + ": " + found);
        for (DefinitionProblem p : found) {
            // every problem says itself in both languages with all its arguments
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String said = p.describe(locale);
                for (String argument : p.arguments()) {
                    assertTrue(said.contains(argument), said + " lacks " + argument);
                }
            }
        }
    }

    @Test
    void aDuplicateCodeSaysWhichPartHasItAndWhere() throws IOException {
        DefinitionProblem p = problems("- code: ip-quality", "- code: strength").stream()
                .filter(x -> x.key().startsWith("duplicateCode"))
                .findFirst()
                .orElseThrow();
        assertTrue(p.describe(Locale.CHINA).contains("已是 sections[0] 处部分的代码"), p.describe(Locale.CHINA));
        assertTrue(p.describe(Locale.ENGLISH).contains("the section at sections[0]"), p.describe(Locale.ENGLISH));
    }
}
