package cn.kaifeng.tfs.review.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Likely conflicts of interest the system finds by itself, on top of what an expert declares: the expert works for
 * the applicant (same employer as the applicant's name) or where one of the team's members works, is one of its
 * people (team lead or a team member of the
 * application), or belongs to the applicant organisation. Names are compared after normalising width, case and
 * spaces, so "开封 示例科技" and "开封示例科技" match.
 */
public final class ConflictCheck {

    /** Why a conflict is likely; each has a message. */
    public enum Flag {
        SAME_EMPLOYER,
        TEAM_MEMBER,
        SAME_ORGANISATION
    }

    private ConflictCheck() {}

    /**
     * @param expertName the expert's display name
     * @param expertEmployer the expert's employer as recorded
     * @param expertOrganisationId the expert account's organisation, if any
     * @param applicantName the applicant organisation's name
     * @param applicantOrganisationId the applicant organisation
     * @param applicantPeople the names of the applicant's people (team lead, team members)
     * @param peopleEmployers where the applicant's people work, as the team's profile lists them
     */
    public static List<Flag> flags(
            String expertName,
            String expertEmployer,
            Long expertOrganisationId,
            String applicantName,
            Long applicantOrganisationId,
            Collection<String> applicantPeople,
            Collection<String> peopleEmployers) {
        List<Flag> flags = new ArrayList<>();
        if (!blank(expertEmployer)
                && (same(expertEmployer, applicantName)
                        || peopleEmployers.stream().anyMatch(e -> same(e, expertEmployer)))) {
            flags.add(Flag.SAME_EMPLOYER);
        }
        if (!blank(expertName) && applicantPeople.stream().anyMatch(p -> same(p, expertName))) {
            flags.add(Flag.TEAM_MEMBER);
        }
        if (expertOrganisationId != null && expertOrganisationId.equals(applicantOrganisationId)) {
            flags.add(Flag.SAME_ORGANISATION);
        }
        return flags;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    /** Full-width to half-width, lower case, no spaces or brackets' style differences. */
    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Z}]+", "")
                .replace('（', '(')
                .replace('）', ')');
    }
}
