package cn.kaifeng.tfs.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.letter.domain.LetterNumber;
import cn.kaifeng.tfs.letter.domain.VerificationCode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LetterNumberTest {

    @Test
    void writesTheNumberAsOfficialDocumentsDo() {
        assertEquals("汴财扶〔2026〕0042号", new LetterNumber("汴财扶", 2026, 42).toString());
        assertEquals("汴财扶团〔2027〕0001号", new LetterNumber("汴财扶团", 2027, 1).toString());
        assertEquals("汴财扶〔2026〕12345号", new LetterNumber("汴财扶", 2026, 12345).toString());
        assertThrows(IllegalArgumentException.class, () -> new LetterNumber("汴财扶", 2026, 0));
        assertThrows(IllegalArgumentException.class, () -> new LetterNumber(" ", 2026, 1));
    }

    @Test
    void verificationCodesAreShortReadableAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.generate();
            assertTrue(code.matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}"), code);
            assertTrue(seen.add(code), "a code repeated within 10,000: " + code);
            assertEquals(Optional.of(code), VerificationCode.normalise(code));
        }
    }

    @Test
    void typedCodesAreReadForgivingly() {
        assertEquals(Optional.of("7KQ2-M9XD-4HTP"), VerificationCode.normalise(" 7kq2 m9xd 4htp "));
        assertEquals(Optional.of("7KQ2-M9XD-4HTP"), VerificationCode.normalise("7KQ2M9XD4HTP"));
        assertEquals(Optional.of("7KQ2-M9XD-4HTP"), VerificationCode.normalise("7KQ2－M9XD—4HTP"));
        assertFalse(VerificationCode.normalise("7KQ2-M9XD-4HT").isPresent());
        assertFalse(VerificationCode.normalise("0KQ2-M9XD-4HTP").isPresent(), "0 is not in the alphabet");
        assertFalse(VerificationCode.normalise("'; DROP TABLE letter; --").isPresent());
        assertFalse(VerificationCode.normalise(null).isPresent());
    }

    @Test
    void numbersOfDifferentWordsDiffer() {
        assertNotEquals(new LetterNumber("汴财扶团", 2026, 1).toString(), new LetterNumber("汴财扶才", 2026, 1).toString());
    }
}
