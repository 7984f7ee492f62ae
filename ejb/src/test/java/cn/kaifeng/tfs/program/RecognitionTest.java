package cn.kaifeng.tfs.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.letter.SampleLetters;
import cn.kaifeng.tfs.letter.domain.LetterComposer;
import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.domain.LetterNumber;
import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.Assessor;
import cn.kaifeng.tfs.program.domain.Outcome;
import cn.kaifeng.tfs.program.domain.ProgramCategory;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.expression.Facts;
import cn.kaifeng.tfs.shared.domain.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A recognition (认定) confers a status and no money: it needs no award rule, a passed application proposes no
 * amount, and its letters say 予以认定 / 不予认定 without an amount (test program: test-recognition.yaml).
 */
class RecognitionTest {

    private static final Path FILE = Path.of("src/test/resources/programs/test-recognition.yaml");

    private static ProgramDefinition program() {
        return Programs.read(FILE);
    }

    private static Facts strong() {
        return Facts.of(Map.of(
                "tier",
                "BACKBONE",
                "revenue",
                new BigDecimal("1000000"),
                "rdSpend",
                new BigDecimal("100000"),
                "inKaifeng",
                true));
    }

    @Test
    void aRecognitionNeedsNoAwardRuleAndProposesNoAmount() {
        ProgramDefinition program = program();
        assertEquals(ProgramCategory.RECOGNITION, program.category());
        assertFalse(program.grantsMoney());
        assertTrue(program.recognition());
        assertFalse(program.category().forBanks(), "a status is not a loan or a grant banks are asked about");
        Assessment a = Assessor.assess(program, strong());
        assertEquals(Outcome.PASSED, a.outcome());
        assertNull(a.award());
        assertNull(a.awardExplanation());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "category: RECOGNITION|category: FUND|missingKey|a grant program without an award rule",
                "予以认定，认定有效期三年。|予以认定，奖励 {amount} 元。|amountWithoutAward|an amount in the letter of a program without one",
                "不予认定。|不予认定，金额 {amountInWords}。|amountWithoutAward|an amount in words in a rejection",
            })
    void whatTheImportRefuses(String from, String to, String key, String what) throws IOException {
        String content = Files.readString(FILE);
        assertTrue(content.contains(from), from);
        List<DefinitionProblem> found = assertThrows(
                        InvalidDefinitionException.class,
                        () -> Programs.reader().read("recognition.yaml", content.replace(from, to)))
                .problems();
        assertEquals(List.of(key), found.stream().map(DefinitionProblem::key).toList(), what);
    }

    @Test
    void aRecognitionMayStillCarryAnAwardRule() throws IOException {
        // 认定后奖励: a recognition that comes with a reward keeps its amount, and its letters print it
        String content = Files.readString(FILE)
                .replace(
                        "letters:",
                        "award:\n  formula: 100000\n  cap: 100000\n  description: 认定后一次性奖励 10 万元\n"
                                + "  source: {document: KAIFENG_2023, clause: 二（四）2, quote: 统筹运用财政专项资金}\nletters:");
        ProgramDefinition program = Programs.reader().read("recognition.yaml", content);
        assertTrue(program.grantsMoney());
        assertEquals(Money.ofYuan(100_000), Assessor.assess(program, strong()).award());
    }

    private static LetterComposer.Case approval(ProgramDefinition program, Money amount) {
        return new LetterComposer.Case(
                program,
                LetterKind.APPROVAL,
                new LetterNumber("汴财认", 2026, 7),
                SampleLetters.ORGANISATION,
                SampleLetters.CREDIT_CODE,
                "KF-TEST-2026-00007",
                amount,
                Assessor.assess(program, strong()),
                null,
                LocalDate.of(2026, 12, 7),
                "7KQ2-M9XD-4HTP",
                "https://tfs.example.cn/public/verify.xhtml?code=7KQ2-M9XD-4HTP",
                Programs.policies());
    }

    @Test
    void theLettersSayRecognisedAndStateNoAmount() throws IOException {
        ProgramDefinition program = program();
        LetterContent letter = LetterComposer.compose(approval(program, null));
        assertEquals("关于元宇宙创新企业认定（测试）的认定决定书", letter.title());
        assertTrue(
                letter.facts().contains(new LetterContent.Fact("决定", "予以认定")),
                letter.facts().toString());
        assertTrue(letter.facts().stream().noneMatch(f -> f.label().equals("核定金额")));
        assertTrue(letter.body().get(0).contains("予以认定，认定有效期三年"), letter.body().toString());

        byte[] pdf = SampleLetters.renderer().render(letter, SampleLetters.signer());
        Files.createDirectories(Path.of("target", "letters"));
        Files.write(Path.of("target", "letters", "recognition.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertTrue(text.contains("认定决定书"), text);
            assertTrue(text.contains("予以认定"), text);
            assertFalse(text.contains("核定金额"), text);
            assertFalse(text.contains("人民币"), text);
        }
    }

    @Test
    void aRejectionSaysNotRecognised() {
        ProgramDefinition program = program();
        LetterContent letter = LetterComposer.compose(new LetterComposer.Case(
                program,
                LetterKind.REJECTION,
                new LetterNumber("汴财认", 2026, 8),
                SampleLetters.ORGANISATION,
                SampleLetters.CREDIT_CODE,
                "KF-TEST-2026-00008",
                null,
                Assessor.assess(program, strong()),
                "研发投入占比不足。",
                LocalDate.of(2026, 12, 7),
                "AB23-CD45-EF67",
                "https://tfs.example.cn/public/verify.xhtml?code=AB23-CD45-EF67",
                Programs.policies()));
        assertTrue(
                letter.facts().contains(new LetterContent.Fact("决定", "不予认定")),
                letter.facts().toString());
    }

    @Test
    void anAmountOnARecognitionLetterIsAMistakeTheComposerRefuses() {
        assertThrows(IllegalArgumentException.class, () -> approval(program(), Money.ofYuan(1)));
    }
}
