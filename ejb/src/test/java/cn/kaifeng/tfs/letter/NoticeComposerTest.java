package cn.kaifeng.tfs.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.domain.LetterNumber;
import cn.kaifeng.tfs.letter.domain.NoticeComposer;
import cn.kaifeng.tfs.letter.domain.NoticeDraft;
import cn.kaifeng.tfs.shared.domain.Money;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a notice says, composed from the shipped talent-team program (which gives no notice texts: the defaults). */
class NoticeComposerTest {

    static NoticeDraft payment(Money amount) {
        return new NoticeDraft(
                LetterKind.PAYMENT_NOTICE,
                7,
                42,
                amount,
                Map.of(
                        "agreement", "汴财扶团任〔2026〕0001号",
                        "tranche", "1",
                        "reference", "GK-2026-000123",
                        "budgetLine", "2130199",
                        "paidOn", "2026年12月7日"),
                List.of(new LetterContent.Fact("国库支付凭证号", "GK-2026-000123")),
                List.of(),
                "finance1");
    }

    static LetterContent compose(NoticeDraft draft, String word) {
        return NoticeComposer.compose(new NoticeComposer.Case(
                SampleLetters.TEAM,
                draft,
                new LetterNumber(word, 2026, 3),
                SampleLetters.ORGANISATION,
                SampleLetters.CREDIT_CODE,
                "KF-RC-2026-00042",
                LocalDate.of(2026, 12, 7),
                "7KQ2-M9XD-4HTP",
                "https://tfs.example.cn/public/verify.xhtml?code=7KQ2-M9XD-4HTP"));
    }

    @Test
    void aPaymentNoticeStatesEveryFactOfThePaymentAndTheAmountInFiguresAndWords() {
        LetterContent notice = compose(payment(Money.ofYuan(600_000)), "汴财拨");
        assertEquals("汴财拨〔2026〕0003号", notice.number());
        assertEquals("关于拨付元宇宙人才团队成果转化扶持资金的通知", notice.title());
        assertEquals(LetterKind.PAYMENT_NOTICE, notice.kind());
        String body = String.join("\n", notice.body());
        for (String said : List.of(
                SampleLetters.ORGANISATION,
                "汴财扶团任〔2026〕0001号",
                "第1笔",
                "人民币陆拾万元整（¥600,000.00）",
                "GK-2026-000123",
                "预算科目2130199",
                "2026年12月7日")) {
            assertTrue(body.contains(said), said + " in " + body);
        }
        assertFalse(body.contains("{"), "no placeholder is printed raw: " + body);
        assertTrue(notice.facts().contains(new LetterContent.Fact("拨付金额", "人民币陆拾万元整（¥600,000.00）")));
        assertTrue(notice.facts().contains(new LetterContent.Fact("国库支付凭证号", "GK-2026-000123")));
        assertTrue(notice.scores().isEmpty(), "a notice has no score table");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "PAYMENT_NOTICE, 关于拨付元宇宙人才团队成果转化扶持资金的通知",
        "RECOVERY_NOTICE, 关于追回元宇宙人才团队成果转化扶持资金的通知",
        "ACCEPTANCE_CONCLUSION, 元宇宙人才团队成果转化扶持项目验收结论通知书",
    })
    void eachKindHasItsTitle(LetterKind kind, String title) {
        assertEquals(title, NoticeComposer.title(kind, "元宇宙人才团队成果转化扶持"));
    }

    @ParameterizedTest(name = "{0} is not a notice")
    @CsvSource({"APPROVAL", "REJECTION", "AGREEMENT"})
    void aDecisionIsNoNotice(LetterKind kind) {
        assertThrows(
                IllegalArgumentException.class,
                () -> new NoticeDraft(kind, 1, 1, null, Map.of(), List.of(), List.of(), "r"));
    }

    @ParameterizedTest(name = "{0} does not fill {1}")
    @CsvSource({
        "PAYMENT_NOTICE, reason",
        "RECOVERY_NOTICE, reference",
        "ACCEPTANCE_CONCLUSION, amount",
        "PAYMENT_NOTICE, organisation",
    })
    void aDraftFillsOnlyItsKindsOwnPlaceholders(LetterKind kind, String placeholder) {
        assertThrows(
                IllegalArgumentException.class,
                () -> new NoticeDraft(kind, 1, 1, null, Map.of(placeholder, "x"), List.of(), List.of(), "r"));
    }

    @Test
    void anAcceptanceConclusionAsTheAcceptanceFloorAsksForItIsPrintedWithoutAnAmount() throws IOException {
        // a fake conclusion, as the acceptance will pass it to NoticeService.issueAcceptanceConclusion
        NoticeDraft draft = NoticeDraft.acceptanceConclusion(
                42, 9, " 限期整改 ", new java.math.BigDecimal("86.50"), LocalDate.of(2026, 12, 1), "reviewer1");
        assertEquals(LetterKind.ACCEPTANCE_CONCLUSION, draft.kind());
        assertEquals(9, draft.sourceId(), "one conclusion per acceptance");
        LetterContent notice = compose(draft, "汴财验");
        String body = String.join("\n", notice.body());
        assertTrue(body.contains("验收结论为：限期整改"), body);
        assertTrue(body.contains("专家组评分86.5分"), body);
        assertTrue(body.contains("2026年12月1日"), body);
        assertTrue(body.contains("KF-RC-2026-00042"), body);
        assertTrue(notice.facts().contains(new LetterContent.Fact("验收结论", "限期整改")));
        assertTrue(
                notice.facts().stream().noneMatch(f -> f.label().endsWith("金额")),
                notice.facts().toString());
        byte[] pdf = SampleLetters.renderer().render(notice, SampleLetters.signer());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("汴财验〔2026〕0003号"), text);
            assertTrue(text.contains("限期整改"), text);
        }
    }

    @ParameterizedTest(name = "conclusion \"{0}\"")
    @CsvSource(
            nullValues = "NULL",
            value = {"NULL", "''", "'  '"})
    void anAcceptanceConclusionStatesItsConclusion(String conclusion) {
        assertThrows(
                IllegalArgumentException.class,
                () -> NoticeDraft.acceptanceConclusion(1, 1, conclusion, null, LocalDate.of(2026, 12, 1), "r"));
    }

    @Test
    void anAcceptanceConclusionWithoutAScoreSaysSo() {
        NoticeDraft draft = NoticeDraft.acceptanceConclusion(1, 1, "通过", null, LocalDate.of(2026, 12, 1), "r");
        assertEquals("—", draft.details().get("score"));
    }

    @Test
    void aNoticeIsPrintedAndSignedLikeALetterAndReadsBack() throws IOException {
        LetterContent notice = compose(payment(Money.ofYuan(600_000)), "汴财拨");
        byte[] pdf = SampleLetters.renderer().render(notice, SampleLetters.signer());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("汴财拨〔2026〕0003号"), text);
            assertTrue(text.contains("陆拾万元整"), text);
            assertTrue(text.contains("600,000.00"), text);
            assertEquals(1, doc.getSignatureDictionaries().size(), "signed once");
            assertEquals("汴财拨〔2026〕0003号", doc.getSignatureDictionaries().get(0).getReason());
        }
    }
}
