package cn.kaifeng.tfs.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.domain.AcceptanceTerms;
import cn.kaifeng.tfs.program.domain.AgreementTemplate;
import cn.kaifeng.tfs.program.domain.IndicatorCategory;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.TrancheCondition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The agreement template ({@code agreement:}) of a program: read from the shipped programs that pay money, absent
 * from those that do not, and every mistake in it refused with its line and a message a policy officer can act on.
 */
class AgreementTemplateTest {

    private static final Path TEAM = Programs.SHIPPED.resolve("kf-rc-team.yaml");

    private static ProgramDefinition read(Path file) throws IOException {
        return Programs.reader().read(file.getFileName().toString(), Files.readString(file));
    }

    @Test
    void theTeamProgramPaysHalfOnSigningThenAfterTheMidtermCheckAndTheAcceptance() throws IOException {
        AgreementTemplate t = read(TEAM).agreementTemplate().orElseThrow();
        assertEquals(List.of(50, 30, 20), t.shares());
        assertEquals(
                List.of(
                        TrancheCondition.ON_SIGNING,
                        TrancheCondition.AFTER_MIDTERM_CHECK,
                        TrancheCondition.AFTER_ACCEPTANCE),
                t.tranches().stream()
                        .map(AgreementTemplate.TranchePlan::condition)
                        .toList());
        assertEquals(5, t.indicators().size());
        assertTrue(t.indicators().stream().anyMatch(i -> i.category() == IndicatorCategory.SATISFACTION));
        assertEquals("2069999", t.budgetLine());
        assertEquals(0, new BigDecimal("500000").compareTo(t.secondApprovalAbove()));
        assertEquals(12, t.reporting().midtermMonth());
        assertFalse(t.obligations().isEmpty());
    }

    @Test
    void theTalentProgramsAskTheirOwnFieldsInEveryProgressReportEachCitingItsClause() throws IOException {
        for (String file : List.of("kf-rc-team.yaml", "kf-rc-talent.yaml")) {
            AgreementTemplate.ReportingPlan plan = read(Programs.SHIPPED.resolve(file))
                    .agreementTemplate()
                    .orElseThrow()
                    .reporting();
            assertEquals(
                    List.of("membersInKaifeng", "patentsFiled", "projectStage", "majorChanges"),
                    plan.fieldDefinitions().stream()
                            .map(cn.kaifeng.tfs.program.domain.FieldDefinition::code)
                            .toList(),
                    file);
            assertTrue(plan.fields().stream().allMatch(f -> f.source() != null), file);
            assertEquals(
                    0,
                    new BigDecimal("500")
                            .compareTo(plan.fieldDefinitions().get(0).max()),
                    file);
        }
        assertTrue(read(Programs.SHIPPED.resolve("kf-zl-leasing.yaml"))
                .agreementTemplate()
                .orElseThrow()
                .reporting()
                .fields()
                .isEmpty());
    }

    @Test
    void aProgramThatDoesNotSayHowItsAcceptanceConcludesTakesTheDefaults() throws IOException {
        assertEquals(
                AcceptanceTerms.DEFAULTS,
                read(TEAM).agreementTemplate().orElseThrow().acceptance());
    }

    @Test
    void theAcceptanceBlockMayChangeAnyOfItsKeys() throws IOException {
        String content = Files.readString(TEAM)
                .replace(
                        "secondApprovalAbove: 500000",
                        "secondApprovalAbove: 500000\n  acceptance: {passFrom: 85, rectifyMonths: 6}");
        AcceptanceTerms terms = Programs.reader()
                .read("kf-rc-team.yaml", content)
                .agreementTemplate()
                .orElseThrow()
                .acceptance();
        assertEquals(new AcceptanceTerms(new BigDecimal("85"), new BigDecimal("60"), 6, 30), terms);
    }

    @Test
    void onlyTheProgramsThatPayTheRecipientHaveOne() throws IOException {
        for (String file : List.of("kf-rc-team.yaml", "kf-rc-talent.yaml", "kf-zl-leasing.yaml")) {
            assertTrue(read(Programs.SHIPPED.resolve(file)).agreementTemplate().isPresent(), file);
        }
        for (String file : List.of(
                "kf-jj-fund.yaml",
                "kf-xd-credit.yaml",
                "kf-xd-ip-pledge.yaml",
                "kf-xd-equity-pledge.yaml",
                "kf-gz-equity-debt.yaml")) {
            assertFalse(read(Programs.SHIPPED.resolve(file)).agreementTemplate().isPresent(), file);
        }
    }

    private static List<DefinitionProblem> problems(String original, String replacement) throws IOException {
        String content = Files.readString(TEAM);
        assertTrue(content.contains(original), "the test must change something: " + original);
        String broken = content.replace(original, replacement);
        return assertThrows(
                        InvalidDefinitionException.class,
                        () -> Programs.reader().read("broken.yaml", broken))
                .problems();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{share: 20, condition: AFTER_ACCEPTANCE}|{share: 25, condition: AFTER_ACCEPTANCE}|trancheShares|shares adding up to 105",
                "{share: 20, condition: AFTER_ACCEPTANCE}|{share: 0, condition: AFTER_ACCEPTANCE}|badTrancheShare|a share of nothing",
                "{share: 20, condition: AFTER_ACCEPTANCE}|{share: 20, condition: AFTER_PAYMENT}|notOneOf|an unknown condition",
                "{share: 50, condition: ON_SIGNING}|{share: 50, condition: AFTER_ACCEPTANCE}|trancheOrder|the acceptance before the mid-term check",
                "midtermMonth: 12|midtermMonth: 30|midtermAfterAcceptance|a mid-term check after the acceptance",
                "midtermMonth: 12|midtermMonth: 0|trancheWithoutMidterm|a tranche after a mid-term check that is not scheduled",
                "budgetLine: \"2069999\"|budgetLine: \"20699X\"|badBudgetLine|a malformed budget line",
                "secondApprovalAbove: 500000|secondApprovalAbove: -1|negative|a negative threshold",
                "category: OUTPUT|category: OUTCOME|notOneOf|an unknown indicator category",
                "better: higher|better: more|notOneOf|a direction that is neither higher nor lower",
                "code: new-jobs|code: new-revenue|duplicateCode|an indicator code used twice",
                "progressEveryMonths: 6|progressEveryMonths: 0|badMonth|reports every zero months",
                "secondApprovalAbove: 500000|secondApprovalAbove: 500000\\n  payee: me|unknownKey|an unknown key",
                "secondApprovalAbove: 500000|secondApprovalAbove: 500000\\n  acceptance: {passFrom: 101}|badAcceptanceScore|a pass above 100",
                "secondApprovalAbove: 500000|secondApprovalAbove: 500000\\n  acceptance: {passFrom: 70, rectifyFrom: 75}|rectifyAbovePass|rectification above the pass",
                "secondApprovalAbove: 500000|secondApprovalAbove: 500000\\n  acceptance: {rectifyMonths: 0}|badMonth|no months to rectify",
                "secondApprovalAbove: 500000|secondApprovalAbove: 500000\\n  acceptance: {recoveryDueDays: 400}|badDays|a year and more to repay",
                "secondApprovalAbove: 500000|secondApprovalAbove: 500000\\n  acceptance: {passMark: 80}|unknownKey|an unknown acceptance key",
                "      - code: membersInKaifeng|      - {code: photo, type: FILE, fileTypes: [PDF], maxSizeMb: 5, label: 照片, source: {document: KAIFENG_2023, clause: 一（二）, quote: 突破一批核心技术，形成核心发明专利}}\\n      - code: membersInKaifeng|reportFieldType|a file as a report field",
                "      - code: membersInKaifeng|      - {code: staff, type: NUMBER, label: 人数, source: {document: KAIFENG_2023, clause: 一（二）, quote: 突破一批核心技术，形成核心发明专利}}\\n      - code: membersInKaifeng|reportFieldUnbounded|a number without bounds",
                "      - code: membersInKaifeng|      - {code: story, type: TEXT, maxLength: 50000, label: 说明, source: {document: KAIFENG_2023, clause: 一（二）, quote: 突破一批核心技术，形成核心发明专利}}\\n      - code: membersInKaifeng|reportFieldLength|a text longer than a report allows",
                "      - code: membersInKaifeng|      - {code: story, type: TEXT, label: 说明}\\n      - code: membersInKaifeng|missingSource|a report field citing no clause",
                "      - code: membersInKaifeng|      - {code: membersInKaifeng, type: BOOLEAN, label: 是否, source: {document: KAIFENG_2023, clause: 一（二）, quote: 突破一批核心技术，形成核心发明专利}}\\n      - code: membersInKaifeng|duplicateCode|a report field code used twice",
                "      - code: membersInKaifeng|      - {code: story, type: TEXT, label: 说明, payee: me, source: {document: KAIFENG_2023, clause: 一（二）, quote: 突破一批核心技术，形成核心发明专利}}\\n      - code: membersInKaifeng|unknownKey|an unknown key on a report field",
            })
    void eachMistakeIsReportedWithItsLine(String original, String replacement, String key, String what)
            throws IOException {
        List<DefinitionProblem> found = problems(original, replacement.replace("\\n", "\n"));
        assertTrue(found.stream().anyMatch(p -> p.key().equals(key)), what + ": " + found);
        DefinitionProblem problem =
                found.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
        assertTrue(problem.line() > 1, what + " names a line");
        String zh = problem.describe(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.startsWith("broken.yaml 第 "), zh);
        assertFalse(problem.describe(Locale.ENGLISH).contains("{0}"), problem.describe(Locale.ENGLISH));
    }

    @Test
    void aProgramWithoutAnAwardCannotHaveAnAgreement() throws IOException {
        String recognition = Files.readString(Path.of("src/test/resources/programs/test-new-program.yaml"));
        String withAgreement =
                Files.readString(TEAM).substring(Files.readString(TEAM).indexOf("\nagreement:\n"));
        // the test program grants money; without its award rule (a recognition) the agreement is refused
        assertTrue(recognition.contains("award:"));
        List<DefinitionProblem> found = assertThrows(
                        InvalidDefinitionException.class,
                        () -> Programs.reader()
                                .read(
                                        "broken.yaml",
                                        recognition
                                                        .replaceFirst("category: \\w+", "category: RECOGNITION")
                                                        .replaceAll("(?ms)^award:.*?(?=^\\w)", "")
                                                + withAgreement))
                .problems();
        assertTrue(found.stream().anyMatch(p -> p.key().equals("agreementWithoutAward")), found.toString());
    }
}
