package cn.kaifeng.tfs.shared.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void whatPeopleTypeIsText() {
        assertFalse(PlainText.hasHiddenCharacters("开封示例元宇宙科技有限公司（演示）", false));
        assertFalse(PlainText.hasHiddenCharacters("𠀀😀 O'Brien <b> #{x} 100%", false));
        assertFalse(PlainText.hasHiddenCharacters("第一行\r\n第二行\t缩进", true));
        assertFalse(PlainText.hasHiddenCharacters("", false));
    }

    @Test
    void lineBreaksAreTextOnlyWhereTheFieldTakesLines() {
        assertTrue(PlainText.hasHiddenCharacters("a\nb", false));
        assertTrue(PlainText.hasHiddenCharacters("a\tb", false));
        assertTrue(PlainText.hasHiddenCharacters("a\r\nSet-Cookie: x", false));
    }

    @Test
    void controlAndDirectionCharactersAreRefusedEverywhere() {
        for (String hidden : new String[] {
            "abc\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009b",
            "\u202Efdp.exe", "a\u202Ab", "a\u2066b\u2069", "a\u200Fb", "a\u200Eb", "a\u061Cb"
        }) {
            assertTrue(PlainText.hasHiddenCharacters(hidden, true), hidden);
            assertTrue(PlainText.hasHiddenCharacters(hidden, false), hidden);
        }
    }
}
