package cn.kaifeng.tfs.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.review.domain.ConflictCheck;
import cn.kaifeng.tfs.review.domain.ConflictCheck.Flag;
import cn.kaifeng.tfs.review.domain.PanelScore;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelScoreTest {

    private static List<BigDecimal> scores(String... s) {
        return Arrays.stream(s).map(BigDecimal::new).toList();
    }

    @Test
    void five_or_more_scores_drop_the_highest_and_the_lowest() {
        PanelScore.Result r = PanelScore.of(scores("20", "22", "23", "24", "10"), true, null);
        assertEquals(new BigDecimal("21.67"), r.points()); // (20 + 22 + 23) / 3
        assertTrue(r.trimmed());
        PanelScore.Result seven = PanelScore.of(scores("1", "2", "3", "4", "5", "6", "100"), true, null);
        assertEquals(new BigDecimal("4.00"), seven.points()); // (2+3+4+5+6) / 5
    }

    @Test
    void three_or_four_scores_are_averaged_plainly() {
        assertEquals(
                new BigDecimal("20.00"),
                PanelScore.of(scores("18", "20", "22"), true, null).points());
        PanelScore.Result four = PanelScore.of(scores("10", "20", "21", "25"), true, null);
        assertEquals(new BigDecimal("19.00"), four.points());
        assertFalse(four.trimmed());
    }

    @Test
    void a_program_may_choose_the_plain_mean_even_for_five() {
        assertEquals(
                new BigDecimal("19.80"),
                PanelScore.of(scores("20", "22", "23", "24", "10"), false, null).points());
    }

    @Test
    void fewer_than_three_is_no_panel() {
        DomainException e = assertThrows(DomainException.class, () -> PanelScore.of(scores("20", "21"), true, null));
        assertEquals("panel.tooFewScores", e.messageKey());
    }

    @Test
    void a_spread_above_the_limit_is_a_disagreement() {
        // exactly at the limit is still agreement
        assertFalse(PanelScore.of(scores("11", "20", "21"), true, new BigDecimal("10"))
                .disagreement());
        PanelScore.Result wide = PanelScore.of(scores("9", "20", "21"), true, new BigDecimal("10"));
        assertTrue(wide.disagreement());
        assertEquals(new BigDecimal("12"), wide.spread());
        // the spread counts every score, also the ones trimming drops
        assertTrue(PanelScore.of(scores("0", "20", "21", "22", "23"), true, new BigDecimal("10"))
                .disagreement());
    }

    @Test
    void halves_round_half_up_to_the_hundredth() {
        assertEquals(
                new BigDecimal("20.33"),
                PanelScore.of(scores("20", "20", "21"), true, null).points());
        assertEquals(
                new BigDecimal("20.67"),
                PanelScore.of(scores("20", "21", "21"), true, null).points());
    }

    @Test
    void conflicts_are_found_by_employer_person_and_organisation() {
        assertEquals(
                List.of(Flag.SAME_EMPLOYER),
                ConflictCheck.flags("钱专家", "开封示例 元宇宙科技有限公司", null, "开封示例元宇宙科技有限公司", 7L, List.of(), List.of()));
        assertEquals(
                List.of(Flag.TEAM_MEMBER),
                ConflictCheck.flags("李 示例", "河南大学", null, "示例团队", 7L, List.of("王示例", "李示例"), List.of()));
        assertEquals(List.of(Flag.SAME_ORGANISATION), ConflictCheck.flags("A", "B", 7L, "C", 7L, List.of(), List.of()));
        assertEquals(
                List.of(),
                ConflictCheck.flags("钱专家", "河南大学", null, "开封示例元宇宙科技有限公司", 7L, List.of("王示例"), List.of("郑州大学")));
        // a team member works where the expert works: colleagues
        assertEquals(
                List.of(Flag.SAME_EMPLOYER),
                ConflictCheck.flags("钱专家", "河南 大学", null, "示例团队", 7L, List.of("王示例"), List.of("郑州大学", "河南大学")));
        // full-width letters and brackets are the same name
        assertEquals(
                List.of(Flag.SAME_EMPLOYER),
                ConflictCheck.flags("x", "ＡＢＣ科技（开封）", null, "abc科技(开封)", 1L, List.of(), List.of()));
    }
}
