package cn.kaifeng.tfs.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.definition.PolicyDocumentReader;
import cn.kaifeng.tfs.program.domain.ClauseIndex;
import cn.kaifeng.tfs.program.domain.PolicyDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Policy documents as data: the clause index derived from headings, the reader's problems, and a program's
 * citations checked against the documents (the document exists, it has the clause, the clause says the quote).
 */
class PolicyDocumentsTest {

    private static final Path VALID = Path.of("src/test/resources/policy/test-document.yaml");
    private static final Path PROGRAM = Path.of("src/test/resources/programs/test-new-program.yaml");

    private static PolicyDocument read(String content) {
        return new PolicyDocumentReader().read("test-document.yaml", content);
    }

    @ParameterizedTest(name = "{0} holds «{1}»: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a part holds its sections and their items
                "一|本办法适用于开封市|true",
                "二|给予一次性安家补贴|true",
                "一|按研发投入的10%给予补助|false",
                // a section, written with half-width brackets in the text, holds its items only
                "二（一）|贷款贴息。按贷款利息的50%给予贴息|true",
                "二(一)|按研发投入的10%给予补助|true",
                "二（一）|给予一次性安家补贴|false",
                // an item holds its own words; whitespace is ignored on both sides
                "二（一）1|研发补助。 按研发投入的 10% 给予补助|true",
                "二（一）1|按贷款利息的50%给予贴息|false",
                "二（二）1|安家补贴|true",
                // the preamble is in no clause; a clause the document does not have holds nothing
                "一|为测试条款索引|false",
                "三|支持|false",
            })
    void aClauseHoldsItsOwnTextAndItsSubClauses(String clause, String quote, boolean holds) throws IOException {
        ClauseIndex index = read(Files.readString(VALID)).clauses();
        assertEquals(holds, index.contains(clause, quote));
    }

    @Test
    void theIndexNamesClausesAsTheyAreCited() throws IOException {
        List<String> ids = read(Files.readString(VALID)).clauses().clauses().stream()
                .map(ClauseIndex.Clause::id)
                .toList();
        assertEquals(List.of("一", "一（一）", "一（二）", "二", "二（一）", "二（一）1", "二（一）2", "二（二）", "二（二）1"), ids);
    }

    /** The shipped plans index as they are cited: the Kaifeng transcript's half-width "(二)" included. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "KAIFENG_2023|二（二）2|积极吸引高层次人才和团队落地",
                "KAIFENG_2023|二（三）4|建设“城市大脑中枢”",
                "KAIFENG_2023|三（三）|拥有国际领先的核心技术或自主知识产权的元宇宙相关人才团队",
                "HENAN_2022|二（三）5|虚拟数字人",
                "HENAN_2022|二（一）3|基础软件",
                "GUOFA_2016_33|三（十）|严格限制申请财政性资金项目",
                "KF_FUND_2026|二（一）|区块链、数字内容、消费电子、虚拟数字人",
            })
    void theShippedDocumentsHoldWhatTheProgramsCite(String document, String clause, String quote) {
        assertTrue(
                Programs.policies().find(document).orElseThrow().clauses().contains(clause, quote),
                document + " " + clause);
    }

    @Test
    void kaifengsSectionOnApplicationsNamesFourScenesNotEnergyOrDigitalHumans() {
        ClauseIndex kaifeng =
                Programs.policies().find("KAIFENG_2023").orElseThrow().clauses();
        assertFalse(kaifeng.contains("二（三）", "能源元宇宙"));
        assertFalse(kaifeng.contains("二（三）", "虚拟数字人"));
        ClauseIndex henan = Programs.policies().find("HENAN_2022").orElseThrow().clauses();
        assertTrue(henan.contains("二（三）", "发展能源元宇宙"));
        assertTrue(henan.contains("二（三）", "发展虚拟数字人元宇宙"));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "id: TEST_RULES|id: test-rules|documentId|a malformed document id",
                "id: TEST_RULES|code: TEST_RULES|unknownKey|a misspelt key",
                "inForce: {from: 2026-01-01, to: 2026-12-31}|inForce: {from: 2026-01-01, to: 2025-12-31}|effectiveOrder|an end before the start",
                "inForce: {from: 2026-01-01, to: 2026-12-31}|inForce: {to: 2026-12-31}|missingKey|no start of the in-force period",
                "title: {zh: 测试用扶持办法, en: Rules for tests}|'title: {zh: 测试用扶持办法, en: Rules for tests}\nexample: true'|exampleUnmarked|an example whose title does not say so",
                "  （二）人才支持|  （一）人才支持|clauseDuplicate|two headings with one number",
                "version: 1|version: 0|versionPositive|a version below one",
            })
    void eachMistakeInADocumentIsReportedWhereItIs(String original, String replacement, String key, String what)
            throws IOException {
        String content = Files.readString(VALID);
        assertTrue(content.contains(original), original);
        InvalidDefinitionException e =
                assertThrows(InvalidDefinitionException.class, () -> read(content.replace(original, replacement)));
        DefinitionProblem problem = e.problems().get(0);
        assertEquals(key, problem.key(), what + ": " + e.problems());
        assertEquals(lineOf(content, original), problem.line(), what + " is reported on its line");
        assertFalse(problem.describe(Locale.SIMPLIFIED_CHINESE).contains("{"), problem.describe(Locale.CHINESE));
        assertFalse(problem.describe(Locale.ENGLISH).contains("{"), problem.describe(Locale.ENGLISH));
    }

    @Test
    void aTextWithoutHeadingsHasNothingToCite() {
        InvalidDefinitionException e = assertThrows(
                InvalidDefinitionException.class,
                () -> read("id: X\nversion: 1\ntitle: 无标题\nissuer: 某局\ninForce: {from: 2026-01-01}\n"
                        + "text: |\n  只有一段话，没有编号。\n"));
        assertEquals("noClauses", e.problems().get(0).key());
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "document: KAIFENG_2023, clause: 二（二）1|document: KAIFENG_2024, clause: 二（二）1|unknownDocument|a document that is not loaded",
                "clause: 二（二）1, quote: 孵化培育|clause: 二（二）9, quote: 孵化培育|clauseNotFound|a clause the document does not have",
                "clause: 二（二）1, quote: 孵化培育|clause: 二（三）, quote: 孵化培育|quoteNotInClause|a quote that is in the document but not in the cited clause",
                "quote: 统筹运用财政专项资金|quote: 统筹运用财政资金|quoteNotInClause|a quote the document does not say",
                "document: KAIFENG_2023, clause: 二（二）1|document: kaifeng, clause: 二（二）1|documentId|a malformed document id",
            })
    void aProgramCitesOnlyWhatALoadedDocumentSaysInTheCitedClause(
            String original, String replacement, String key, String what) throws IOException {
        String content = Files.readString(PROGRAM);
        assertTrue(content.contains(original), original);
        InvalidDefinitionException e = assertThrows(
                InvalidDefinitionException.class,
                () -> Programs.reader().read("cites.yaml", content.replace(original, replacement)));
        assertEquals(1, e.problems().size(), what + ": " + e.problems());
        DefinitionProblem problem = e.problems().get(0);
        assertEquals(key, problem.key(), what);
        assertEquals(lineOf(content, original), problem.line(), what + " is reported on its line");
    }

    @Test
    void aQuoteInTheWrongClauseNamesTheClauseItIsIn() throws IOException {
        String content = Files.readString(PROGRAM).replace("clause: 二（二）1, quote: 孵化培育", "clause: 二（三）, quote: 孵化培育");
        InvalidDefinitionException e = assertThrows(
                InvalidDefinitionException.class, () -> Programs.reader().read("cites.yaml", content));
        String zh = e.problems().get(0).describe(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("不在 KAIFENG_2023 的条款 二（三） 中") && zh.contains("该引文所在条款：二（二）1"), zh);
    }

    /**
     * Versions stored before documents were data (the enum HENAN_2022, KAIFENG_2023) read back as they were, and
     * their citations still name loaded documents: the ids were kept.
     */
    @ParameterizedTest
    @CsvSource({"kf-rc-team-v3.yaml, KF-RC-TEAM, 3", "kf-zl-leasing-v2.yaml, KF-ZL-LEASING, 2"})
    void versionsStoredBeforeDocumentsWereDataStillRead(String file, String code, int version) throws IOException {
        String content = Files.readString(Path.of("src/test/resources/programs/stored", file));
        var stored = cn.kaifeng.tfs.program.definition.DefinitionReader.forStoredVersions(Programs.types())
                .read(file, content);
        assertEquals(code, stored.code());
        assertEquals(version, stored.version());
        assertTrue(stored.sources().stream()
                .allMatch(s -> Programs.policies().find(s.document()).isPresent()));
        assertEquals(null, stored.reviewPath().source(), "no source was written then");
        assertEquals(12, stored.award().validMonths());
    }

    @Test
    void storedVersionsReadWithoutTheDocuments() throws IOException {
        String content = Files.readString(PROGRAM).replace("document: KAIFENG_2023", "document: KAIFENG_2024");
        cn.kaifeng.tfs.program.definition.DefinitionReader.forStoredVersions(Programs.types())
                .read("stored.yaml", content);
    }

    private static int lineOf(String content, String text) {
        String before = content.substring(0, content.indexOf(text));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
