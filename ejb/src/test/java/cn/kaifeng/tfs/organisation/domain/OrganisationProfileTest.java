package cn.kaifeng.tfs.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganisationProfileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static OrganisationProfile.Details details(
            LocalDate founded, Integer headcount, long revenue, long rd, List<String> fields) {
        return new OrganisationProfile.Details(
                "开封市龙亭区示例路 1 号",
                OrganisationProfile.District.LONGTING,
                founded,
                OrganisationProfile.Tier.SPECIALISED,
                fields,
                List.of("CULTURE_TOURISM"),
                headcount,
                Money.ofYuan(revenue),
                Money.ofYuan(rd),
                null,
                "数字孪生建模",
                "发明专利 5 件");
    }

    private static String refusal(OrganisationProfile.Details d) {
        return assertThrows(
                        DomainException.class,
                        () -> new OrganisationProfile(1L).update(d, "demo.applicant", Instant.now(), TODAY))
                .messageKey();
    }

    @Test
    void refusesWhatCannotBeTrue() {
        assertEquals("profile.foundedInFuture", refusal(details(TODAY.plusDays(1), 10, 100, 10, List.of("XR"))));
        assertEquals("profile.headcountRange", refusal(details(TODAY, -1, 100, 10, List.of("XR"))));
        assertEquals("profile.rdAboveRevenue", refusal(details(TODAY, 10, 100, 101, List.of("XR"))));
        assertEquals("profile.unknownOption", refusal(details(TODAY, 10, 100, 10, List.of("XR", "TIME_TRAVEL"))));
    }

    @Test
    void aSnapshotIsPlainAndStable() {
        OrganisationProfile profile = new OrganisationProfile(1L);
        profile.update(
                details(LocalDate.of(2020, 5, 1), 42, 30_000_000, 3_000_000, List.of("XR", "BCI")),
                "demo.applicant",
                Instant.parse("2026-11-21T00:00:00Z"),
                TODAY);
        Map<String, Object> snapshot = profile.snapshot();
        assertEquals("LONGTING", snapshot.get("district"));
        assertEquals("2020-05-01", snapshot.get("foundedOn"));
        assertEquals(List.of("XR", "BCI"), snapshot.get("techFields"));
        assertEquals(42, snapshot.get("headcount"));
        assertEquals(snapshot, profile.snapshot(), "the same profile gives the same snapshot");
        assertEquals(List.of("XR", "BCI"), profile.details().techFields());
    }
}
