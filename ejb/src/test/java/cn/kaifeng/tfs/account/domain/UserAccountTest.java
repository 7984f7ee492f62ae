package cn.kaifeng.tfs.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserAccountTest {

    private static final StoredPassword PASSWORD = new StoredPassword("hash", "salt", 10);
    private static final Instant NOW = Instant.parse("2026-11-21T00:00:00Z");

    private static Organisation organisation(String kind) {
        if ("NONE".equals(kind)) {
            return null;
        }
        OrganisationKind k = OrganisationKind.valueOf(kind);
        return new Organisation(
                k, "示例单位", k.creditCodeRequired() ? UnifiedSocialCreditCode.of("91410200MA45DE001J") : null, NOW);
    }

    /** The full table of which role a person of which organisation may hold. */
    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
        "APPLICANT, ENTERPRISE, true",
        "APPLICANT, TALENT_TEAM, true",
        "APPLICANT, BANK, false",
        "APPLICANT, BUREAU, false",
        "APPLICANT, NONE, false",
        "REVIEWER, BUREAU, true",
        "REVIEWER, ENTERPRISE, false",
        "REVIEWER, BANK, false",
        "REVIEWER, NONE, false",
        "ADMIN, BUREAU, true",
        "ADMIN, TALENT_TEAM, false",
        "ADMIN, NONE, false",
        "BANK, BANK, true",
        "BANK, ENTERPRISE, false",
        "BANK, BUREAU, false",
        "BANK, NONE, false",
        "EXPERT, NONE, true",
        "EXPERT, BUREAU, false",
        "EXPERT, ENTERPRISE, false",
    })
    void roleMustFitTheOrganisation(Role role, String kind, boolean allowed) {
        Organisation organisation = organisation(kind);
        if (allowed) {
            UserAccount account = new UserAccount("zhang.san", "张三", Set.of(role), organisation, PASSWORD, NOW);
            assertTrue(account.hasRole(role));
            assertTrue(account.enabled());
        } else {
            DomainException e = assertThrows(
                    DomainException.class,
                    () -> new UserAccount("zhang.san", "张三", Set.of(role), organisation, PASSWORD, NOW));
            assertEquals("account.roleNotForOrganisation", e.messageKey());
        }
    }

    @Test
    void usernameIsNormalisedAndDisplayNameRequired() {
        UserAccount account = new UserAccount(" Zhang.San ", " 张三 ", EnumSet.of(Role.EXPERT), null, PASSWORD, NOW);
        assertEquals("zhang.san", account.username());
        assertEquals("张三", account.displayName());
        assertEquals(
                "account.displayNameRequired",
                assertThrows(
                                DomainException.class,
                                () -> new UserAccount("zhang.san", " ", EnumSet.of(Role.EXPERT), null, PASSWORD, NOW))
                        .messageKey());
        assertEquals(
                "account.displayNameTooLong",
                assertThrows(
                                DomainException.class,
                                () -> new UserAccount(
                                        "zhang.san", "名".repeat(51), EnumSet.of(Role.EXPERT), null, PASSWORD, NOW))
                        .messageKey());
        assertEquals(
                "account.roleRequired",
                assertThrows(
                                DomainException.class,
                                () -> new UserAccount(
                                        "zhang.san", "张三", EnumSet.noneOf(Role.class), null, PASSWORD, NOW))
                        .messageKey());
    }

    @Test
    void rolesCannotBeChangedFromOutside() {
        UserAccount account = new UserAccount("zhang.san", "张三", EnumSet.of(Role.EXPERT), null, PASSWORD, NOW);
        assertThrows(UnsupportedOperationException.class, () -> account.roles().add(Role.ADMIN));
    }

    @Test
    void homePageFollowsTheRole() {
        assertEquals("/applicant/home.xhtml", Role.APPLICANT.homePath());
        assertEquals("/admin/home.xhtml", Role.ADMIN.homePath());
    }
}
