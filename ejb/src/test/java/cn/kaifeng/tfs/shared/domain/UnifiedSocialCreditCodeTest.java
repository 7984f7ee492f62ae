package cn.kaifeng.tfs.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnifiedSocialCreditCodeTest {

    /** Codes whose check characters were computed independently of this class (a separate script, GB 32100 weights). */
    @ParameterizedTest(name = "{0} is valid")
    @CsvSource({
        "91410200MA45DE001J",
        "91410200MA45DE002M",
        "12410200MB1DEM003C",
        "91410200MA45DE004U",
        "91110000100000001W",
        "91410200710930589D",
        // the example code found throughout public documentation of the standard
        "91350100M000100Y43",
        // edge values of the modulus: check value 0 gives '0', value 30 gives 'Y'
        "914102007109300010",
        "91410200710930020Y",
    })
    void acceptsValidCodes(String code) {
        assertEquals(code, UnifiedSocialCreditCode.of(code).value());
        assertTrue(UnifiedSocialCreditCode.isValid(code));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "91410200MA45DE001K   | creditCode.checksum",
                "91410200MA45DE001    | creditCode.length",
                "91410200MA45DE001JJ  | creditCode.length",
                "91410200MA45DE0O1J   | creditCode.character",
                "91410200MA45DE0I1J   | creditCode.character",
                "9141020OMA45DE001J   | creditCode.character",
                "914102Z0MA45DE001J   | creditCode.character",
                "91A10200MA45DE001J   | creditCode.division",
                "91410200MA45DE001_   | creditCode.character",
                "９１410200MA45DE001J | creditCode.character",
                "'   '                | creditCode.required",
            })
    void refusesInvalidCodesWithAReason(String code, String reason) {
        DomainException e = assertThrows(DomainException.class, () -> UnifiedSocialCreditCode.of(code));
        assertEquals(reason, e.messageKey());
        assertFalse(UnifiedSocialCreditCode.isValid(code));
    }

    @Test
    void refusesNull() {
        assertEquals(
                "creditCode.required",
                assertThrows(DomainException.class, () -> UnifiedSocialCreditCode.of(null))
                        .messageKey());
    }

    @Test
    void foldsCaseAndTrimsWhatPeopleType() {
        assertEquals(
                "91410200MA45DE001J",
                UnifiedSocialCreditCode.of("  91410200ma45de001j ").value());
    }

    @Test
    void everySingleCharacterChangeIsDetected() {
        String valid = "91410200MA45DE001J";
        for (int position = 0; position < 17; position++) {
            for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
                if (c == valid.charAt(position) || (position >= 2 && position < 8 && !Character.isDigit(c))) {
                    continue;
                }
                String changed = valid.substring(0, position) + c + valid.substring(position + 1);
                assertFalse(UnifiedSocialCreditCode.isValid(changed), changed);
            }
        }
    }

    @Test
    void exposesItsParts() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of("91410200MA45DE001J");
        assertEquals("91", code.registrationCategory());
        assertEquals("410200", code.divisionCode());
        assertEquals(code, UnifiedSocialCreditCode.of("91410200ma45de001j"));
    }
}
