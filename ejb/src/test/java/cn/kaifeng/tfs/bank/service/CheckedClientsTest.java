package cn.kaifeng.tfs.bank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.bank.domain.QueryChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Confirmations of bank clients' credentials on one node: the confirmed secret only, for a second, until revoked. */
class CheckedClientsTest {

    private static final Caller CLIENT = new Caller(4, "BC-TEST", QueryChannel.API, 600);
    private static final byte[] SECRET = "hash-of-the-secret".getBytes(StandardCharsets.US_ASCII);
    private static final long SECOND = 1_000_000_000L;

    private long now = 5 * SECOND;
    private final CheckedClients checked = new CheckedClients(Duration.ofSeconds(1), () -> now);

    @Test
    void aConfirmationStandsForLessThanItsTtlCountedFromTheQuery() {
        long asked = checked.now();
        now += SECOND / 10;
        checked.confirmed("BC-TEST", SECRET, CLIENT, asked);

        now = asked + SECOND - 1;
        assertEquals(Optional.of(CLIENT), checked.recent("BC-TEST", SECRET));
        now = asked + SECOND;
        assertTrue(
                checked.recent("BC-TEST", SECRET).isEmpty(), "a second after the query, the database is asked again");
    }

    @Test
    void onlyTheConfirmedSecretIsRecognised() {
        checked.confirmed("BC-TEST", SECRET, CLIENT, now);

        assertTrue(checked.recent("BC-TEST", "another".getBytes(StandardCharsets.US_ASCII))
                .isEmpty());
        assertTrue(checked.recent("BC-OTHER", SECRET).isEmpty());
    }

    @Test
    void aRevokedClientIsForgottenAtOnce() {
        checked.confirmed("BC-TEST", SECRET, CLIENT, now);

        checked.forget("BC-TEST");

        assertTrue(checked.recent("BC-TEST", SECRET).isEmpty());
    }

    @Test
    void theConfirmedSecretIsCopiedNotShared() {
        byte[] presented = SECRET.clone();
        checked.confirmed("BC-TEST", presented, CLIENT, now);
        presented[0] ^= 1;

        assertEquals(Optional.of(CLIENT), checked.recent("BC-TEST", SECRET));
    }
}
