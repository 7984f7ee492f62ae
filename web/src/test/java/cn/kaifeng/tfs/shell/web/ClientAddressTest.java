package cn.kaifeng.tfs.shell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The client's address is read from X-Forwarded-For only behind a trusted proxy, from the header's right end. */
class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", PROXY));
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", Set.of()));
    }

    @Test
    void behindATrustedProxyTheRightmostUntrustedHopIsTheClient() {
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.5", "198.51.100.1", PROXY));
        // a client that writes its own header cannot choose its address: the proxy appended the real one
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.1", PROXY));
        assertEquals("2001:db8::1", ClientAddress.of("10.0.0.5", "2001:db8::1, 10.0.0.5", PROXY));
    }

    @Test
    void aMalformedOrEmptyHeaderFallsBackToThePeer() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "evil.example", PROXY));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "", PROXY));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, PROXY));
    }

    @Test
    void theTrustedListIsReadFromCommaSeparatedText() {
        assertEquals(Set.of("10.0.0.5", "10.0.0.6"), ClientAddress.trusted(" 10.0.0.5, 10.0.0.6 ,"));
        assertEquals(Set.of(), ClientAddress.trusted(null));
    }
}
