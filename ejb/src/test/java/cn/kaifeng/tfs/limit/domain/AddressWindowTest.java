package cn.kaifeng.tfs.limit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A public action's window admits its limit, then says how long until the window ends; windows are aligned. */
class AddressWindowTest {

    private static final Instant T = Instant.parse("2026-12-06T10:13:20Z");

    @Test
    void theLimitIsAdmittedThenTheRestOfTheWindowIsTheWait() {
        AddressWindow window = new AddressWindow(PublicAction.REGISTRATION, "198.51.100.7", T);
        for (int i = 0; i < PublicAction.REGISTRATION.limit(); i++) {
            assertEquals(Optional.empty(), window.take(PublicAction.REGISTRATION, T));
        }
        assertEquals(Optional.of(Duration.ofMinutes(46).plusSeconds(40)), window.take(PublicAction.REGISTRATION, T));
        assertEquals(PublicAction.REGISTRATION.limit(), window.used(), "a refused use is not counted");
    }

    @Test
    void windowsAreAlignedSoEveryNodeAgrees() {
        assertEquals(Instant.parse("2026-12-06T10:10:00Z"), AddressWindow.start(PublicAction.LETTER_VERIFICATION, T));
        assertEquals(Instant.parse("2026-12-06T10:00:00Z"), AddressWindow.start(PublicAction.OBJECTION, T));
    }

    @Test
    void theKeyIsADigestThatTellsActionsAddressesAndWindowsApart() {
        Instant w = AddressWindow.start(PublicAction.CALCULATION, T);
        String key = AddressWindow.subject(PublicAction.CALCULATION, "198.51.100.7", w);
        assertEquals(64, key.length());
        assertTrue(!key.contains("198"));
        assertNotEquals(key, AddressWindow.subject(PublicAction.CALCULATION, "198.51.100.8", w));
        assertNotEquals(key, AddressWindow.subject(PublicAction.REGISTRATION, "198.51.100.7", w));
        assertNotEquals(key, AddressWindow.subject(PublicAction.CALCULATION, "198.51.100.7", w.plusSeconds(600)));
    }
}
