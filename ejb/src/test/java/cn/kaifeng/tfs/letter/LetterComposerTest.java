package cn.kaifeng.tfs.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.letter.domain.LetterComposer;
import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.program.domain.LetterTexts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a letter says, composed from the shipped talent-team program and a scored case, before any layout. */
class LetterComposerTest {

    @Test
    void anApprovalLoweredByARuleSaysWhyAndOneByTheRuleSaysNothingMore() {
        LetterComposer.Case byRule = SampleLetters.approval("某科技有限公司", 44);
        assertTrue(LetterComposer.compose(byRule).facts().stream()
                .noneMatch(f -> f.label().equals("核定说明")));
        String why = "根据不重复享受、就高原则，本申请与“元宇宙高层次人才创新创业扶持”（申请编号KF-CY-2026-00003，已获或拟获500,000.00元）不重复享受。";
        LetterComposer.Case lowered = new LetterComposer.Case(
                byRule.program(),
                byRule.kind(),
                byRule.number(),
                byRule.organisation(),
                byRule.creditCode(),
                byRule.applicationNumber(),
                byRule.amount(),
                byRule.assessment(),
                why,
                byRule.issuedOn(),
                byRule.verificationCode(),
                byRule.verificationUrl(),
                byRule.policies());
        assertTrue(LetterComposer.compose(lowered).facts().contains(new LetterContent.Fact("核定说明", why)));
    }

    @Test
    void anApprovalStatesTheAmountTwiceTheScoresAndTheClausesOnce() {
        LetterContent letter = LetterComposer.compose(SampleLetters.approval("某科技有限公司", 42));
        assertEquals("汴财扶团〔2026〕0042号", letter.number());
        assertEquals("关于元宇宙人才团队成果转化扶持的决定书", letter.title());
        assertEquals("开封市财政局", letter.issuer());
        assertTrue(
                letter.body().get(0).contains("人民币壹佰贰拾万元整（¥1,200,000.00）"),
                letter.body().toString());
        assertTrue(letter.facts().contains(new LetterContent.Fact("核定金额", "人民币壹佰贰拾万元整（¥1,200,000.00）")));
        assertTrue(letter.facts().contains(new LetterContent.Fact("决定", "予以支持")));
        assertEquals(SampleLetters.scored().criteria().size(), letter.scores().size(), "every criterion is listed");
        assertTrue(letter.totalLine().startsWith("总分 "), letter.totalLine());
        assertTrue(letter.passRule().startsWith("通过标准：总分不低于 "), letter.passRule());
        assertNull(letter.appealRoute(), "approvals carry no appeal route");
        assertEquals("2026年11月21日", letter.issuedOnInWords());
        // each document is named once, with its clauses after it
        for (String clause : letter.clauses()) {
            assertEquals(1, clause.split("《").length - 1, clause);
        }
        assertEquals(letter.clauses().size(), Set.copyOf(letter.clauses()).size());
    }

    @Test
    void aRejectionGivesTheReasonsAndTheAppealRoute() {
        LetterContent letter = LetterComposer.compose(SampleLetters.rejection("某科技有限公司", "材料不全。"));
        assertTrue(letter.body().get(0).endsWith("原因如下：材料不全。"), letter.body().toString());
        assertTrue(letter.facts().contains(new LetterContent.Fact("决定", "不予支持")));
        assertTrue(letter.facts().stream().noneMatch(f -> f.label().equals("核定金额")));
        assertTrue(letter.appealRoute().contains("15 个工作日"), letter.appealRoute());
        assertEquals("关于元宇宙人才团队成果转化扶持的审查结果通知书", letter.title());
    }

    /** A failed gate is cited with its document's title and 文号, as config/policy gives them. */
    @Test
    void aRejectionForDishonestyCitesTheStateCouncilGuidelineWithItsNumber() {
        Map<String, Object> facts = new java.util.LinkedHashMap<>(cn.kaifeng.tfs.program.KfRcTeamTest.strong());
        facts.put("noSeriousDishonesty", false);
        var assessment = cn.kaifeng.tfs.program.domain.Assessor.assess(
                SampleLetters.TEAM, cn.kaifeng.tfs.program.expression.Facts.of(facts));
        LetterComposer.Case sample = SampleLetters.rejection("某科技有限公司", "有严重失信记录。");
        LetterContent letter = LetterComposer.compose(new LetterComposer.Case(
                sample.program(),
                sample.kind(),
                sample.number(),
                sample.organisation(),
                sample.creditCode(),
                sample.applicationNumber(),
                null,
                assessment,
                sample.reasons(),
                sample.issuedOn(),
                sample.verificationCode(),
                sample.verificationUrl(),
                sample.policies()));
        assertTrue(
                letter.clauses().contains("《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）三（十）"),
                letter.clauses().toString());
        assertTrue(letter.programText().contains("国发〔2016〕33号"), "the font holds the number's characters");
        assertTrue(letter.appealRoute().contains("60 日内依法向开封市人民政府申请行政复议"), letter.appealRoute());
        assertTrue(letter.appealRoute().contains("6 个月内依法向人民法院提起行政诉讼"), letter.appealRoute());
    }

    @Test
    void placeholdersAreFilledLiterallyAndUnknownOnesAreNamed() {
        assertEquals("给予 $1 与 \\\\ 元", LetterTexts.fill("给予 {amount} 元", Map.of("amount", "$1 与 \\\\")));
        assertEquals("{unknown}", LetterTexts.fill("{unknown}", Map.of()));
        assertEquals(Set.of("reason", "amont"), LetterTexts.unknownPlaceholders("{reason}{amont}{amount}{program}"));
        assertTrue(LetterTexts.unknownPlaceholders(null).isEmpty());
        assertEquals(List.of(), List.copyOf(LetterTexts.unknownPlaceholders("没有占位符")));
    }

    /** The program's words are the same for every case and hold none of a case's facts. */
    @Test
    void theProgramTextIsTheSameWhateverTheCase() {
        LetterContent one = LetterComposer.compose(SampleLetters.approval("犇鑫科技有限公司", 42));
        LetterContent other = LetterComposer.compose(SampleLetters.rejection("淼焱科技有限公司", "材料不全。"));
        assertEquals(one.programText(), other.programText());
        for (String fact : List.of("犇", "淼", "0042", "1,200,000.00", "材料不全")) {
            assertFalse(one.programText().contains(fact), fact);
        }
        for (String words : List.of("元宇宙人才团队成果转化扶持", "核心技术水平", "壹贰叁", "复核")) {
            assertTrue(one.programText().contains(words), words);
        }
    }
}
