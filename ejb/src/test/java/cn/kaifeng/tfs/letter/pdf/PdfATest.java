package cn.kaifeng.tfs.letter.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A letter's XMP packet from the template is the packet xmpbox writes for the same values, byte for byte. */
class PdfATest {

    private static final PdfA PDF_A = new PdfA();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "开封市人才团队成果转化扶持资金拨付通知书|开封市财政局|汴财扶〔2026〕0042号|Asia/Shanghai",
                "Decision <draft> & \"notice\" 's|A & B <bureau>|KF-1 > 0 & <2>|UTC",
                "标题里有 TFSXMPISSUER 字样|发文单位 TFSXMPTITLE|汴财扶〔2026〕0001号|America/New_York",
                "控制\u0007字符|开封市财政局|汴财扶〔2026〕0002号|Asia/Shanghai"
            })
    void templateGivesWhatXmpboxWrites(String title, String issuer, String number, String zone) throws Exception {
        ZonedDateTime at = ZonedDateTime.of(2026, 12, 2, 18, 30, 5, 0, ZoneId.of(zone));
        Calendar created = GregorianCalendar.from(at);
        created.setTimeZone(TimeZone.getTimeZone(at.getZone()));
        String expected = new String(PDF_A.xmp(title, issuer, number, created), StandardCharsets.UTF_8);
        String actual = new String(PDF_A.packet(title, issuer, number, created), StandardCharsets.UTF_8);
        assertEquals(expected, actual);
    }
}
