package cn.kaifeng.tfs.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void mobileAndFixedLineNumbersAsPeopleWriteThem() {
        assertEquals("13812345678", PhoneNumber.of("138 1234 5678").digits());
        assertEquals("13812345678", PhoneNumber.of("+86 138-1234-5678").digits());
        assertEquals("037122334455", PhoneNumber.of("0371-22334455").digits());
        assertEquals("03712233445", PhoneNumber.of("0371 2233445").digits());
    }

    @Test
    void shownMaskedEverywhere() {
        assertEquals("138****5678", PhoneNumber.of("13812345678").masked());
        assertEquals("037*****4455", PhoneNumber.of("0371-22334455").masked());
        assertEquals("138****5678", PhoneNumber.of("13812345678").toString());
        assertFalse(String.valueOf(PhoneNumber.of("13812345678")).contains("1234"));
    }

    @Test
    void whatCannotBeAPhoneNumberIsRefused() {
        for (String bad : new String[] {
            "12812345678", "1381234567", "138123456789", "abc", "110", "+1 415 555 0100", "1381234567８", "0371"
        }) {
            DomainException e = assertThrows(DomainException.class, () -> PhoneNumber.of(bad), bad);
            assertEquals("phone.invalid", e.messageKey());
        }
        assertEquals(
                "phone.required",
                assertThrows(DomainException.class, () -> PhoneNumber.of(" ")).messageKey());
    }
}
