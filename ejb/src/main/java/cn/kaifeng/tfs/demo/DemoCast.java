package cn.kaifeng.tfs.demo;

import cn.kaifeng.tfs.organisation.domain.OrganisationProfile;
import cn.kaifeng.tfs.organisation.domain.TeamMember;
import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * The demo year's fictional cast: people's names, organisations' profiles and team members, credit codes and ID
 * numbers that pass their checks but belong to nobody. Drawn from the year's word lists with the year's one random
 * source, so that the same seed gives the same cast on every fresh database.
 */
final class DemoCast {

    private final DemoYear.Content content;
    private final Random random;

    DemoCast(DemoYear.Content content, Random random) {
        this.content = content;
        this.random = random;
    }

    /** The year's n-th organisation's credit code: fictional, with a valid check character. */
    static UnifiedSocialCreditCode creditCode(int n) {
        String first17 = String.format("91410200MA46YR%03d", n);
        return UnifiedSocialCreditCode.of(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
    }

    /** A fictional resident ID number of Kaifeng (410202) with a valid check character (GB 11643). */
    static String idNumber(LocalDate born, int sequence) {
        String first17 = String.format("410202%s%03d", born.toString().replace("-", ""), sequence % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static String secret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return "Yr#" + Base64.getUrlEncoder().encodeToString(bytes);
    }

    String personName() {
        return pick(content.surnames()) + pick(content.givenNames());
    }

    OrganisationProfile.Details details(boolean team) {
        List<String> fields = new ArrayList<>(List.of("XR", "DIGITAL_TWIN"));
        String extra = pick(OrganisationProfile.TECH_FIELDS);
        if (!fields.contains(extra)) {
            fields.add(extra);
        }
        List<String> scenes = new ArrayList<>(OrganisationProfile.SCENES);
        java.util.Collections.shuffle(scenes, random);
        OrganisationProfile.District[] districts = OrganisationProfile.District.values();
        OrganisationProfile.District district = districts[random.nextInt(districts.length - 1)];
        long revenue = team ? 0 : (5 + random.nextInt(120)) * 1_000_000L;
        return new OrganisationProfile.Details(
                "开封市" + pick(content.places()) + "路" + (1 + random.nextInt(300)) + "号（演示）",
                district,
                LocalDate.of(2012 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                team ? OrganisationProfile.Tier.NONE : pick(List.of(OrganisationProfile.Tier.values())),
                fields,
                scenes.subList(0, 3),
                team ? 6 + random.nextInt(10) : 30 + random.nextInt(400),
                Money.ofYuan(revenue),
                Money.ofYuan(revenue / 10),
                personName(),
                personName(),
                "1390378" + String.format("%04d", random.nextInt(10000)),
                pick(content.techLines()) + "（演示）",
                "发明专利" + (2 + random.nextInt(8)) + "项，软件著作权" + random.nextInt(10) + "项（演示）");
    }

    List<OrganisationProfile.MemberInput> members(int n, String teamName) {
        List<OrganisationProfile.MemberInput> members = new ArrayList<>();
        int size = 6 + random.nextInt(5);
        for (int i = 0; i < size; i++) {
            LocalDate born = LocalDate.of(1970 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
            members.add(new OrganisationProfile.MemberInput(
                    personName(),
                    content.roles().get(i % content.roles().size()),
                    i < 2 ? "教授" : i < 4 ? "高级工程师" : "工程师",
                    // the team's own name, not a university: a member from an expert's employer would bar that
                    // expert from the team's panels
                    teamName,
                    i < 3 ? TeamMember.Education.DOCTORATE : TeamMember.Education.MASTER,
                    idNumber(born, n * 10 + i),
                    null));
        }
        return members;
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
