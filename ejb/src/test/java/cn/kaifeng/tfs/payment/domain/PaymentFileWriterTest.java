package cn.kaifeng.tfs.payment.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentFileWriterTest {

    @Test
    void aFileIsAHeaderThenOneLinePerPaymentInYuan() {
        byte[] file = PaymentFileWriter.write(List.of(
                new PaymentFileWriter.Line(
                        12,
                        "开封示例科技有限公司",
                        "6222021234567891234",
                        "中国银行开封分行",
                        50_000_000_00L,
                        "人才团队资助 第1笔",
                        "KF-RC-TEAM",
                        "2130199",
                        "KF-RC-2026-0007"),
                new PaymentFileWriter.Line(13, "甲, 乙 \"合伙\"", "123456789", "工行", 5, "p", "P", "B", "N")));
        String[] lines = new String(file, StandardCharsets.UTF_8).split("\r\n", -1);
        assertEquals(PaymentFileWriter.HEADER, lines[0]);
        assertEquals(
                "12,开封示例科技有限公司,6222021234567891234,中国银行开封分行,50000000.00,人才团队资助 第1笔,KF-RC-TEAM,2130199,KF-RC-2026-0007",
                lines[1]);
        assertEquals("13,\"甲, 乙 \"\"合伙\"\"\",123456789,工行,0.05,p,P,B,N", lines[2]);
        assertEquals("", lines[3], "the last line ends with CRLF too");
        assertEquals(4, lines.length);
        assertArrayEquals(new byte[] {'p', 'a'}, new byte[] {file[0], file[1]}, "no byte-order mark");
    }

    @ParameterizedTest
    @CsvSource(
            quoteCharacter = '"',
            value = {"=cmd|' /C calc'!A0, '=cmd|' /C calc'!A0", "+1, '+1", "-2, '-2", "@SUM(A1), '@SUM(A1)", "正常, 正常"})
    void aCellASpreadsheetWouldRunIsWrittenAsText(String value, String written) {
        assertEquals(written, PaymentFileWriter.cell(value));
    }
}
