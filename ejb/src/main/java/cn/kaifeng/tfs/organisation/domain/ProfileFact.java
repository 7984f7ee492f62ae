package cn.kaifeng.tfs.organisation.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The facts an organisation's profile states, by the name a program definition uses to say which field a fact
 * fills ({@code profile: revenueLastYear}). Matching and the pre-filled application read profiles only through
 * these, so that a new program needs no code: its definition names the facts, and the import checks the names
 * and that the fact's kind fits the field.
 *
 * <p>Values come in the shapes form values have (numbers as BigDecimal yuan, choices as codes in the plans'
 * vocabulary, lists of codes, dates as ISO text, team members as rows); a fact the profile does not state is
 * absent, never a guess.
 */
public enum ProfileFact {
    /** Whether the profile's district is in Kaifeng (any district or county, not 开封以外). */
    REGISTERED_IN_KAIFENG(
            "registeredInKaifeng",
            Kind.BOOLEAN,
            p -> p.district() == null ? null : p.district() != OrganisationProfile.District.OUTSIDE_KAIFENG),
    DISTRICT(
            "district",
            Kind.CHOICE,
            p -> p.district() == null ? null : p.district().name()),
    /** 企业梯队: BACKBONE, SPECIALISED, INNOVATIVE_SME, or OTHER (none of them), as the programs' options say. */
    ENTERPRISE_TIER(
            "enterpriseTier",
            Kind.CHOICE,
            p -> p.tier() == null
                    ? null
                    : p.tier() == OrganisationProfile.Tier.NONE
                            ? "OTHER"
                            : p.tier().name()),
    /** The one key field, known only when the profile names exactly one: with several, which one is the form's? */
    TECH_FIELD(
            "techField",
            Kind.CHOICE,
            p -> p.techFields().size() == 1 ? p.techFields().get(0) : null),
    TECH_FIELDS("techFields", Kind.MULTI_CHOICE, p -> p.techFields().isEmpty() ? null : p.techFields()),
    SCENES("scenes", Kind.MULTI_CHOICE, p -> p.scenes().isEmpty() ? null : p.scenes()),
    HEADCOUNT("headcount", Kind.NUMBER, p -> p.headcount() == null ? null : BigDecimal.valueOf(p.headcount())),
    REVENUE_LAST_YEAR(
            "revenueLastYear",
            Kind.MONEY,
            p -> p.revenueLastYear() == null ? null : p.revenueLastYear().yuan()),
    RD_LAST_YEAR(
            "rdLastYear",
            Kind.MONEY,
            p -> p.rdLastYear() == null ? null : p.rdLastYear().yuan()),
    FOUNDED_ON(
            "foundedOn",
            Kind.DATE,
            p -> p.foundedOn() == null ? null : p.foundedOn().toString()),
    REGISTERED_ADDRESS("registeredAddress", Kind.TEXT, OrganisationProfile.Details::registeredAddress),
    LEAD_NAME("leadName", Kind.TEXT, OrganisationProfile.Details::leadName),
    CORE_TECHNOLOGY("coreTechnology", Kind.TEXT, OrganisationProfile.Details::coreTechnology),
    IP_SUMMARY("ipSummary", Kind.TEXT, OrganisationProfile.Details::ipSummary),
    /**
     * A talent team's members as rows; a group field's sub-fields name the member's attributes they take
     * ({@link #MEMBER_ATTRIBUTES}). Read from the profile entity, not its details.
     */
    TEAM_MEMBERS("teamMembers", Kind.ROWS, p -> null);

    /** What kind of value a fact is; a program field it fills must be of a fitting type. */
    public enum Kind {
        BOOLEAN,
        CHOICE,
        MULTI_CHOICE,
        NUMBER,
        MONEY,
        DATE,
        TEXT,
        ROWS
    }

    /** The attributes of a team member a group's sub-fields may name (the ID number never leaves the profile). */
    public static final List<String> MEMBER_ATTRIBUTES = List.of("name", "role", "title", "employer", "education");

    private final String factName;
    private final Kind kind;
    private final Function<OrganisationProfile.Details, Object> read;

    ProfileFact(String factName, Kind kind, Function<OrganisationProfile.Details, Object> read) {
        this.factName = factName;
        this.kind = kind;
        this.read = read;
    }

    /** The name definitions use, e.g. {@code revenueLastYear}. */
    public String factName() {
        return factName;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<ProfileFact> named(String name) {
        return Arrays.stream(values()).filter(f -> f.factName.equals(name)).findFirst();
    }

    /** Every fact the profile states, by name; the ones it does not state are left out. */
    public static Map<String, Object> of(OrganisationProfile profile) {
        Map<String, Object> facts = new LinkedHashMap<>();
        if (profile == null) {
            return facts;
        }
        OrganisationProfile.Details details = profile.details();
        for (ProfileFact fact : values()) {
            Object value = fact == TEAM_MEMBERS ? members(profile) : fact.read.apply(details);
            if (value != null) {
                facts.put(fact.factName, value);
            }
        }
        return facts;
    }

    private static List<Map<String, Object>> members(OrganisationProfile profile) {
        List<Map<String, Object>> rows = profile.members().stream()
                .map(m -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    putIfKnown(row, "name", m.name());
                    putIfKnown(row, "role", m.role());
                    putIfKnown(row, "title", m.title());
                    putIfKnown(row, "employer", m.employer());
                    putIfKnown(
                            row,
                            "education",
                            m.education() == null ? null : m.education().name());
                    return row;
                })
                .toList();
        return rows.isEmpty() ? null : rows;
    }

    private static void putIfKnown(Map<String, Object> row, String key, Object value) {
        if (value != null) {
            row.put(key, value);
        }
    }
}
