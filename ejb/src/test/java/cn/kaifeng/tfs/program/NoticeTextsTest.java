package cn.kaifeng.tfs.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.domain.LetterTexts;
import cn.kaifeng.tfs.program.domain.NoticeTemplate;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The notices' texts and number words in the {@code letters:} block: optional, checked like the letters'. */
class NoticeTextsTest {

    private static final Path VALID = Path.of("src/test/resources/programs/test-new-program.yaml");

    private static String withLetters(String lines) throws IOException {
        return Files.readString(VALID).replace("\nletters:\n", "\nletters:\n" + lines);
    }

    @ParameterizedTest
    @EnumSource(NoticeTemplate.class)
    void withoutTextsEachNoticeHasItsDefaultTextAndWord(NoticeTemplate template) throws IOException {
        LetterTexts texts =
                Programs.reader().read("t.yaml", Files.readString(VALID)).letters();
        assertEquals(template.defaultText(), texts.noticeText(template));
        assertEquals(template.defaultWord(), texts.noticeWord(template));
        // the default uses only what it may: the reader would refuse it in a file otherwise
        assertTrue(template.placeholders()
                .containsAll(LetterTexts.placeholders(
                        template.defaultText().zh() + template.defaultText().en())));
    }

    @Test
    void theDefaultWordsDifferSoEachKindCountsOnItsOwn() {
        assertEquals("汴财拨", NoticeTemplate.PAYMENT.defaultWord());
        assertEquals("汴财追", NoticeTemplate.RECOVERY.defaultWord());
        assertEquals("汴财验", NoticeTemplate.ACCEPTANCE.defaultWord());
    }

    @Test
    void aProgramsOwnTextAndWordAreUsed() throws IOException {
        ProgramDefinition p = Programs.reader()
                .read(
                        "t.yaml",
                        withLetters("  paymentNotice: 第{tranche}笔资金{amount}元已拨付（{reference}）。\n"
                                + "  paymentNoticeWord: 汴财拨团\n"));
        assertEquals(
                "第{tranche}笔资金{amount}元已拨付（{reference}）。",
                p.letters().noticeText(NoticeTemplate.PAYMENT).zh());
        assertEquals("汴财拨团", p.letters().noticeWord(NoticeTemplate.PAYMENT));
        assertEquals(NoticeTemplate.RECOVERY.defaultWord(), p.letters().noticeWord(NoticeTemplate.RECOVERY));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "paymentNotice: 已拨付，原因{reason}。|unknownPlaceholder",
                "recoveryNotice: 追回{amount}元，凭证{reference}。|unknownPlaceholder",
                "acceptanceConclusion: 结论{conclusion}，金额{amount}。|unknownPlaceholder",
                "recoveryNoticeWord: 汴财 追|badNumberWord",
                "paymentNoticeText: 拨付。|unknownKey",
            })
    void aMistakeIsRefusedWithItsReason(String line, String key) throws IOException {
        InvalidDefinitionException refused = assertThrows(
                InvalidDefinitionException.class,
                () -> Programs.reader().read("t.yaml", withLetters("  " + line + "\n")));
        assertEquals(
                key,
                refused.problems().stream()
                        .map(DefinitionProblem::key)
                        .findFirst()
                        .orElseThrow(),
                refused.problems().toString());
    }
}
