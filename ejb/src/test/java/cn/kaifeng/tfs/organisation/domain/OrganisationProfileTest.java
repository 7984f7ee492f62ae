package cn.kaifeng.tfs.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                "王联系",
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

    private static OrganisationProfile.MemberInput member(String name, String id, Integer keep) {
        return new OrganisationProfile.MemberInput(
                name, "核心成员", "教授", "河南大学", TeamMember.Education.DOCTORATE, id, keep);
    }

    private static final String ID_A = "41020219900101123X";
    private static final String ID_B = "410202198512120046";

    private static OrganisationProfile team(List<OrganisationProfile.MemberInput> members) {
        OrganisationProfile profile = new OrganisationProfile(1L);
        profile.update(details(TODAY, 10, 100, 10, List.of("XR")), members, "demo.team", Instant.now(), TODAY);
        return profile;
    }

    @Test
    void membersAreShownAndKeptOnlyMasked() {
        OrganisationProfile profile = team(List.of(member("王示例", ID_A, null), member(" 李示例 ", ID_B, null)));
        assertEquals("410***********123X", profile.members().get(0).maskedIdNumber());
        assertEquals("李示例", profile.members().get(1).name());
        String snapshot = profile.snapshot().toString();
        assertTrue(snapshot.contains("410***********0046"), snapshot);
        assertFalse(snapshot.contains(ID_A) || snapshot.contains(ID_B), "a snapshot never holds a whole ID number");
        assertFalse(profile.members().toString().contains(ID_A), "neither does a page's view of a member");
    }

    @Test
    void aSavedMemberKeepsTheNumberWhenTheFieldIsLeftEmpty() {
        OrganisationProfile profile = team(List.of(member("王示例", ID_A, null), member("李示例", ID_B, null)));
        // the page sends the second member first, without numbers: each keeps its own
        profile.update(
                profile.details(),
                List.of(member("李示例", "", 1), member("王示例", null, 0)),
                "demo.team",
                Instant.now(),
                TODAY);
        assertEquals("410***********0046", profile.members().get(0).maskedIdNumber());
        assertEquals("410***********123X", profile.members().get(1).maskedIdNumber());
        // leaving members out (an enterprise's page) keeps them
        profile.update(profile.details(), "demo.team", Instant.now(), TODAY);
        assertEquals(2, profile.members().size());
    }

    private static String memberRefusal(List<OrganisationProfile.MemberInput> members) {
        OrganisationProfile profile = team(List.of(member("王示例", ID_A, null)));
        String key = assertThrows(
                        DomainException.class,
                        () -> profile.update(profile.details(), members, "demo.team", Instant.now(), TODAY))
                .messageKey();
        assertEquals(1, profile.members().size(), "a refused change leaves the members as they were");
        return key;
    }

    @Test
    void refusesMembersThatCannotBeRight() {
        assertEquals("profile.memberIncomplete", memberRefusal(List.of(member(" ", ID_B, null))));
        assertEquals("profile.memberIdInvalid", memberRefusal(List.of(member("李示例", "410202198512120047", null))));
        assertEquals("profile.memberIdNumberRequired", memberRefusal(List.of(member("李示例", null, null))));
        assertEquals("profile.memberIdNumberRequired", memberRefusal(List.of(member("李示例", null, 5))));
        assertEquals(
                "profile.memberDuplicate",
                memberRefusal(List.of(member("王示例", null, 0), member("王二", ID_A.toLowerCase(), null))));
        List<OrganisationProfile.MemberInput> tooMany = new java.util.ArrayList<>();
        for (int i = 0; i <= OrganisationProfile.MAX_MEMBERS; i++) {
            tooMany.add(member("成员" + i, null, 0));
        }
        assertEquals("profile.tooManyMembers", memberRefusal(tooMany));
    }
}
