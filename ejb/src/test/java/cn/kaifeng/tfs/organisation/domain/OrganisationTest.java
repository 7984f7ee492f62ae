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
}
