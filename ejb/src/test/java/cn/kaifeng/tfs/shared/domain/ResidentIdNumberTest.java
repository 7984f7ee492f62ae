package cn.kaifeng.tfs.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdNumberTest {

    @ParameterizedTest(name = "{0} is valid")
    @CsvSource({
        // the example number of GB 11643-1999 itself
        "11010519491231002X",
        "41020219900101123X",
    })
    void acceptsValidNumbers(String raw) {
        assertTrue(ResidentIdNumber.isValid(raw), raw);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "110105194912310021 | idNumber.checksum",
                "11010519491231002  | idNumber.length",
                "1101051949123100211| idNumber.length",
                "11010519491231002Y | idNumber.character",
                "1101A519491231002X | idNumber.character",
                "110105194902300029 | idNumber.birthDate",
                "110105180001010028 | idNumber.birthDate",
                "'  '               | idNumber.required",
            })
    void refusesInvalidNumbersWithAReason(String raw, String reason) {
        DomainException e = assertThrows(DomainException.class, () -> ResidentIdNumber.of(raw));
        assertEquals(reason, e.messageKey());
        assertFalse(ResidentIdNumber.isValid(raw));
    }

    @Test
    void lowerCaseXIsAccepted() {
        assertEquals(
                "11010519491231002X", ResidentIdNumber.of("11010519491231002x").value());
    }

    @Test
    void maskHidesBirthDateAndSequence() {
        ResidentIdNumber id = ResidentIdNumber.of("11010519491231002X");
        assertEquals("110***********002X", id.masked());
        assertEquals(id.masked(), id.toString(), "toString must never leak the full number into logs");
        assertFalse(id.masked().contains("19491231"));
    }

    @Test
    void birthDateIsRead() {
        assertEquals(
                LocalDate.of(1949, 12, 31),
                ResidentIdNumber.of("11010519491231002X").birthDate());
    }
}
