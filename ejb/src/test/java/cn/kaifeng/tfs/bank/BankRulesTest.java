package cn.kaifeng.tfs.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.bank.domain.BankClient;
import cn.kaifeng.tfs.bank.domain.ClientCredentials;
import cn.kaifeng.tfs.bank.domain.Consent;
import cn.kaifeng.tfs.bank.domain.LoanReport;
import cn.kaifeng.tfs.bank.domain.Support;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Client credentials, authorisations and loan reports: the rules that need no database. */
class BankRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");

    @Test
    void clientIdsAreNeverUserNamesAndSecretsAreLongRandomAndStoredAsHashes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ClientCredentials.Issued issued = ClientCredentials.generate();
            assertTrue(ClientCredentials.isClientId(issued.clientId()), issued.clientId());
            assertFalse(issued.clientId().equals(issued.clientId().toLowerCase()), "upper case: never a user name");
            assertEquals(43, issued.secret().length(), "256 bits, base64url");
            assertTrue(seen.add(issued.secret()));
        }
        assertFalse(ClientCredentials.isClientId("bc-demodemodemo"));
        assertFalse(ClientCredentials.isClientId("demo.bank"));
        assertTrue(ClientCredentials.isClientId("BC-DEMODEMODEMO"));
        // the realm compares hex SHA-256, as Elytron's simple-digest mapper does with hash-encoding=hex
        assertEquals(
                "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", ClientCredentials.hash("hello"));
        BankClient client =
                new BankClient(1, new ClientCredentials.Issued("BC-AAAAAAAAAAAA", "s3cret"), "信贷系统", 600, "admin", NOW);
        assertNotEquals("s3cret", client.clientId());
        assertThrows(
                DomainException.class, () -> new BankClient(1, ClientCredentials.generate(), " ", 600, "admin", NOW));
        assertThrows(
                DomainException.class, () -> new BankClient(1, ClientCredentials.generate(), "x", 0, "admin", NOW));
        client.revoke("admin", NOW);
        assertEquals(
                "bank.client.alreadyRevoked",
                assertThrows(DomainException.class, () -> client.revoke("admin", NOW))
                        .messageKey());
    }

    @Test
    void anAuthorisationRunsToItsLastDayInclusiveAndCanBeRevokedOnce() {
        Consent c = new Consent(1, 2, TODAY.plusDays(10), "qiye", NOW, TODAY);
        assertEquals(Consent.State.ACTIVE, c.state(TODAY.plusDays(10)));
        assertEquals(Consent.State.EXPIRED, c.state(TODAY.plusDays(11)));
        c.revoke("qiye", NOW);
        assertEquals(Consent.State.REVOKED, c.state(TODAY));
        assertFalse(c.inForceOn(TODAY));
        assertEquals(
                "bank.consent.alreadyRevoked",
                assertThrows(DomainException.class, () -> c.revoke("qiye", NOW)).messageKey());
    }

    @Test
    void anAuthorisationMustEndBetweenTodayAndThreeYearsOn() {
        assertEquals(
                "bank.consent.expiryPast",
                assertThrows(DomainException.class, () -> new Consent(1, 2, TODAY.minusDays(1), "q", NOW, TODAY))
                        .messageKey());
        assertEquals(
                "bank.consent.expiryTooFar",
                assertThrows(DomainException.class, () -> new Consent(1, 2, TODAY.plusMonths(37), "q", NOW, TODAY))
                        .messageKey());
        assertEquals(
                "bank.consent.expiryRequired",
                assertThrows(DomainException.class, () -> new Consent(1, 2, null, "q", NOW, TODAY))
                        .messageKey());
        new Consent(1, 2, TODAY, "q", NOW, TODAY); // until the end of today is allowed
        new Consent(1, 2, TODAY.plusMonths(36), "q", NOW, TODAY);
    }

    @Test
    void aLoanMustBePositiveWithASensibleTermAndWithinTheSupportsWindow() {
        Support s = new Support(
                7,
                Money.ofYuan(800_000),
                "汴财扶贷〔2026〕0007号",
                "7KQ2-M9XD-4HTP",
                TODAY,
                TODAY.plusMonths(12).minusDays(1));
        new LoanReport(1, 2, "KF-XD-CREDIT", s, Money.ofYuan(500_000), 12, TODAY, "BC-X", NOW, "k", "h");
        assertEquals(
                "bank.loan.amountPositive",
                assertThrows(
                                DomainException.class,
                                () -> new LoanReport(1, 2, "P", s, Money.ZERO, 12, TODAY, "b", NOW, null, "h"))
                        .messageKey());
        assertEquals(
                "bank.loan.badTerm",
                assertThrows(
                                DomainException.class,
                                () -> new LoanReport(1, 2, "P", s, Money.ofYuan(1), 0, TODAY, "b", NOW, null, "h"))
                        .messageKey());
        assertEquals(
                "bank.loan.badTerm",
                assertThrows(
                                DomainException.class,
                                () -> new LoanReport(1, 2, "P", s, Money.ofYuan(1), 361, TODAY, "b", NOW, null, "h"))
                        .messageKey());
        assertEquals(
                "bank.loan.outsideValidity",
                assertThrows(
                                DomainException.class,
                                () -> new LoanReport(
                                        1, 2, "P", s, Money.ofYuan(1), 12, TODAY.minusDays(1), "b", NOW, null, "h"))
                        .messageKey());
        assertEquals(
                "bank.loan.grantedOnRequired",
                assertThrows(
                                DomainException.class,
                                () -> new LoanReport(1, 2, "P", s, Money.ofYuan(1), 12, null, "b", NOW, null, "h"))
                        .messageKey());
    }
}
