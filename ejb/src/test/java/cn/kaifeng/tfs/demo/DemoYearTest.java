package cn.kaifeng.tfs.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.shared.domain.ResidentIdNumber;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The year's made-up identifiers are valid (the value objects accept them) and never repeat. */
class DemoYearTest {

    @Test
    void everyApplicantOfTheYearHasItsOwnValidCreditCode() {
        Set<String> codes = new HashSet<>();
        for (int n = 1; n <= 62; n++) {
            UnifiedSocialCreditCode code = DemoCast.creditCode(n);
            assertTrue(UnifiedSocialCreditCode.isValid(code.value()), code.value());
            codes.add(code.value());
        }
        assertEquals(62, codes.size());
        assertTrue(codes.stream().noneMatch(c -> c.equals("91410200MA45DE001J")), "not the small demo's enterprise");
    }

    @ParameterizedTest(name = "born {0}, sequence {1}")
    @CsvSource({"1970-01-01, 0", "1985-06-15, 123", "1994-12-28, 609", "1988-02-29, 999", "1990-03-03, 1005"})
    void membersIdNumbersAreValid(LocalDate born, int sequence) {
        String id = DemoCast.idNumber(born, sequence);
        assertTrue(ResidentIdNumber.isValid(id), id);
        assertTrue(id.startsWith("410202"), "a Kaifeng number");
    }

    @Test
    void theYearStartsElevenMonthsBack() {
        Instant now = Instant.parse("2026-12-07T08:00:00Z");
        assertEquals(Duration.ofDays(330), Duration.between(DemoYear.firstDay(now), now));
    }

    @Test
    void theSamplePdfIsAPdf() {
        byte[] pdf = DemoYear.samplePdf();
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
