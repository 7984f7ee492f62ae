package cn.kaifeng.tfs.shared.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Chinese line breaking, measured in a monospaced "font" where a Chinese character is 1 and a Latin one 0.5. */
class LineBreakerTest {

    private static final String NO_START = "，。、；：？！）》」』】〕〉”’…—·％～,.;:?!)]}%";
    private static final String NO_END = "（《「『【〔〈“‘([{¥￥";

    private static float width(String s) {
        return (float) s.codePoints().mapToDouble(cp -> cp < 0x2E80 ? 0.5 : 1.0).sum();
    }

    private static List<String> lines(String text, float width) {
        return LineBreaker.lines(text, width, LineBreakerTest::width);
    }

    @Test
    void fillsLinesWithChineseCharacters() {
        assertEquals(List.of("经形式审查", "专家评审和", "公示"), lines("经形式审查专家评审和公示", 5));
    }

    @Test
    void neverStartsALineWithClosingPunctuation() {
        // "、" would begin line two: the character before it goes down with it
        List<String> lines = lines("经形式审查、专家评审", 5);
        assertEquals(List.of("经形式审", "查、专家评", "审"), lines);
    }

    @Test
    void neverEndsALineWithOpeningPunctuation() {
        List<String> lines = lines("申报的“元宇宙人才团队”项目", 4);
        lines.forEach(l -> assertFalse(NO_END.indexOf(l.codePointBefore(l.length())) >= 0, lines.toString()));
        assertEquals("申报的", lines.get(0));
        assertEquals("“元宇宙", lines.get(1));
    }

    @Test
    void keepsNumbersAndLatinWordsWhole() {
        List<String> lines = lines("扶持资金人民币¥1,200,000.00元，编号KF-RC-2026-00042。", 10);
        assertTrue(lines.stream().anyMatch(l -> l.contains("1,200,000.00")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("KF-RC-2026-00042")), lines.toString());
        lines.forEach(l -> assertFalse(l.endsWith("¥"), lines.toString()));
    }

    @Test
    void breaksLatinTextAtSpacesAndDropsThemAtLineEnds() {
        assertEquals(
                List.of("Support of", "1200000", "yuan is", "granted."),
                lines("Support of 1200000 yuan is granted.", 5));
    }

    @Test
    void splitsAWordLongerThanALine() {
        List<String> lines = lines("https://tfs.example.cn/public/verify", 6);
        assertEquals("https://tfs.example.cn/public/verify", String.join("", lines));
        lines.forEach(l -> assertTrue(width(l) <= 6, l));
    }

    /**
     * Random Chinese texts full of punctuation: no character is lost, and a line starts with closing punctuation
     * (or the line before ends with opening punctuation) only where no break in that line was allowed at all.
     */
    @Test
    void randomTextsKeepEveryCharacterAndEveryRule() {
        String alphabet = "扶持资金项目专家评审公示决定书开封市财政局，。、；：？！）》”（《“";
        Random random = new Random(7);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(120);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            float width = 3 + random.nextInt(30);
            List<String> lines = lines(text.toString(), width);
            assertEquals(text.toString(), String.join("", lines), "characters lost or added");
            for (int i = 1; i < lines.size(); i++) {
                String before = lines.get(i - 1);
                String joined = before + lines.get(i).charAt(0);
                boolean badBreak = NO_START.indexOf(joined.charAt(before.length())) >= 0
                        || NO_END.indexOf(joined.charAt(before.length() - 1)) >= 0;
                if (badBreak) {
                    for (int k = 1; k <= before.length(); k++) {
                        assertTrue(
                                NO_START.indexOf(joined.charAt(k)) >= 0 || NO_END.indexOf(joined.charAt(k - 1)) >= 0,
                                "a better break existed in " + lines);
                    }
                }
                assertTrue(width(before) <= width, "line too wide: " + before);
            }
        }
    }
}
