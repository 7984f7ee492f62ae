package cn.kaifeng.tfs.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2026-11-21T00:00:00Z");
    private static final UnifiedSocialCreditCode CODE = UnifiedSocialCreditCode.of("91410200MA45DE001J");

    @ParameterizedTest(name = "{0} without a credit code: allowed={1}")
    @CsvSource({"ENTERPRISE, false", "TALENT_TEAM, true", "BANK, false", "BUREAU, false"})
    void creditCodeIsRequiredExceptForTalentTeams(OrganisationKind kind, boolean allowedWithout) {
        if (allowedWithout) {
            assertNull(new Organisation(kind, "示例团队", null, NOW).creditCode());
        } else {
            assertEquals(
                    "organisation.creditCodeRequired",
                    assertThrows(DomainException.class, () -> new Organisation(kind, "示例", null, NOW))
                            .messageKey());
        }
        assertEquals(CODE, new Organisation(kind, "示例", CODE, NOW).creditCode());
    }

    @Test
    void nameIsTrimmedRequiredAndBounded() {
        assertEquals("开封示例公司", new Organisation(OrganisationKind.ENTERPRISE, "  开封示例公司 ", CODE, NOW).name());
        assertEquals(
                "organisation.nameRequired",
                assertThrows(
                                DomainException.class,
                                () -> new Organisation(OrganisationKind.ENTERPRISE, "  ", CODE, NOW))
                        .messageKey());
        assertEquals(
                "organisation.nameTooLong",
                assertThrows(
                                DomainException.class,
                                () -> new Organisation(OrganisationKind.ENTERPRISE, "名".repeat(101), CODE, NOW))
                        .messageKey());
    }

    @Test
    void aSelfRegisteredEnterpriseHoldsNoCodeUntilItsClaimIsVerified() {
        Organisation o =
                Organisation.registered(OrganisationKind.ENTERPRISE, "开封示例公司", true, " 张示例 ", "kf.claimant", NOW);
        assertEquals(IdentityStatus.CLAIMED, o.identityStatus());
        assertNull(o.creditCode(), "a bank looking the code up must not find a claimant");
        assertNull(o.verifiedAt());
        assertEquals("张示例", o.legalRepresentative());
        assertEquals("kf.claimant", o.registeredBy());
        assertEquals(
                "verification.required",
                assertThrows(DomainException.class, o::requireIdentityProven).messageKey());

        o.verify(CODE, "张示例", NOW.plusSeconds(60));
        assertEquals(IdentityStatus.VERIFIED, o.identityStatus());
        assertEquals(CODE, o.creditCode());
        assertEquals(NOW.plusSeconds(60), o.verifiedAt());
        o.requireIdentityProven();
        assertEquals(
                "verification.notClaimed",
                assertThrows(DomainException.class, () -> o.verify(CODE, "张示例", NOW))
                        .messageKey());
    }

    @Test
    void aClaimNamesTheLegalRepresentativeAndAnEnterpriseMustClaimACode() {
        assertEquals(
                "organisation.legalRepresentativeRequired",
                assertThrows(
                                DomainException.class,
                                () -> Organisation.registered(
                                        OrganisationKind.ENTERPRISE, "示例", true, " ", "kf.claimant", NOW))
                        .messageKey());
        assertEquals(
                "organisation.creditCodeRequired",
                assertThrows(
                                DomainException.class,
                                () -> Organisation.registered(
                                        OrganisationKind.ENTERPRISE, "示例", false, "张示例", "kf.claimant", NOW))
                        .messageKey());
    }

    @Test
    void aTeamWithoutACodeHasNothingToProveAndTrustedOrganisationsAreVerified() {
        Organisation team = Organisation.registered(OrganisationKind.TALENT_TEAM, "示例团队", false, null, "kf.team", NOW);
        assertEquals(IdentityStatus.NO_CODE, team.identityStatus());
        team.requireIdentityProven();
        Organisation bank = new Organisation(OrganisationKind.BANK, "示例银行", CODE, NOW);
        assertEquals(IdentityStatus.VERIFIED, bank.identityStatus());
        assertEquals(NOW, bank.verifiedAt());
    }
}
