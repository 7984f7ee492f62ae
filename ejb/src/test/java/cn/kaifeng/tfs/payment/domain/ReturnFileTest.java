package cn.kaifeng.tfs.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The return file read with good and hostile lines: each problem is found with its line number. */
class ReturnFileTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String file(String... lines) {
        return ReturnFile.HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n";
    }

    @Test
    void goodLinesAreRead() {
        ReturnFile f =
                ReturnFile.parse(utf8(file("12,50000.00,PAID,GK2026120700001,", "13,0.05,failed,GK-2,\"账户已销户, 请核实\"")));
        assertTrue(f.valid(), f.problems().toString());
        assertEquals(
                List.of(
                        new ReturnFile.Line(2, 12, 5_000_000, ReturnFile.Result.PAID, "GK2026120700001", null),
                        new ReturnFile.Line(3, 13, 5, ReturnFile.Result.FAILED, "GK-2", "账户已销户, 请核实")),
                f.lines());
    }

    @Test
    void aByteOrderMarkIsAllowed() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8(file("12,1.00,PAID,GK1,"));
        byte[] both = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(body, 0, both, 3, body.length);
        assertTrue(ReturnFile.parse(both).valid());
    }

    @Test
    void aFileNotInUtf8IsRefusedWhole() {
        byte[] gbk = file("12,1.00,FAILED,GK1,账户已销户").getBytes(Charset.forName("GBK"));
        ReturnFile f = ReturnFile.parse(gbk);
        assertEquals(List.of(new ReturnFile.Problem(0, "payment.return.encoding")), f.problems());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "12,1.00,PAID,GK1|payment.return.cells",
                "12,1.00,PAID,GK1,,extra|payment.return.cells",
                "abc,1.00,PAID,GK1,|payment.return.id",
                "0,1.00,PAID,GK1,|payment.return.id",
                "12,1,PAID,GK1,|payment.return.amount",
                "12,1.005,PAID,GK1,|payment.return.amount",
                "12,1.00,PAYED,GK1,|payment.return.result",
                "12,1.00,PAID,,|payment.return.reference",
                "12,1.00,PAID,GK 1,|payment.return.reference",
                "12,1.00,FAILED,GK1,|payment.return.reasonRequired",
                "12,1.00,FAILED,GK1,=cmd /C calc|payment.return.formula",
                "=1+2,1.00,PAID,GK1,|payment.return.formula",
                "12,1.00,FAILED,GK1,@SUM(A1)|payment.return.formula",
                "12,\"1.00,PAID,GK1,|payment.return.quotes"
            })
    void aHostileLineIsReportedWithItsNumber(String line, String key) {
        ReturnFile f = ReturnFile.parse(utf8(file("11,2.00,PAID,GK0,", line)));
        assertEquals(
                List.of(key), f.problems().stream().map(ReturnFile.Problem::key).toList());
        assertEquals(3, f.problems().get(0).lineNo());
        assertEquals(1, f.lines().size(), "the good line is read");
        assertFalse(f.valid());
    }

    @Test
    void aSecondLineForOnePaymentIsAProblem() {
        ReturnFile f = ReturnFile.parse(utf8(file("12,1.00,PAID,GK1,", "12,1.00,PAID,GK1,")));
        assertEquals(List.of(new ReturnFile.Problem(3, "payment.return.duplicate", "12")), f.problems());
    }

    @Test
    void aFileWithoutItsHeaderOrLinesIsRefused() {
        assertEquals(
                "payment.return.empty",
                ReturnFile.parse(utf8("")).problems().get(0).key());
        assertEquals(
                "payment.return.empty",
                ReturnFile.parse(utf8(ReturnFile.HEADER + "\n\n"))
                        .problems()
                        .get(0)
                        .key());
        assertEquals(
                List.of(new ReturnFile.Problem(1, "payment.return.header", ReturnFile.HEADER)),
                ReturnFile.parse(utf8("wrong,header\r\n12,1.00,PAID,GK1,")).problems());
    }

    @Test
    void aControlCharacterInACellIsAProblem() {
        ReturnFile f = ReturnFile.parse(utf8(file("12,1.00,FAILED,GK1,原因\u0007")));
        assertEquals("payment.return.control", f.problems().get(0).key());
    }
}
