package cn.kaifeng.tfs.organisation.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shared.domain.PhoneNumber;
import cn.kaifeng.tfs.shared.domain.ResidentIdNumber;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an applicant tells about itself once, for every application: where it is registered, its tier, its fields
 * and scenes in the plans' vocabulary, size and finances, and for a talent team its lead, core technology and IP.
 * Checked when changed; an application keeps a {@link #snapshot()} as it was at submission.
 */
@Entity
@Table(name = "organisation_profile")
public class OrganisationProfile {

    /** Districts and counties of Kaifeng, the administrative units the bureau reports by. */
    public enum District {
        LONGTING,
        SHUNHE,
        GULOU,
        YUWANGTAI,
        XIANGFU,
        LANKAO,
        QIXIAN,
        TONGXU,
        WEISHI,
        DEMONSTRATION_ZONE,
        OUTSIDE_KAIFENG
    }

    /** 企业梯队 as the plans name them. */
    public enum Tier {
        BACKBONE,
        SPECIALISED,
        INNOVATIVE_SME,
        NONE
    }

    /** The key fields the plans name (the programs' technology fields, so that experts match applications). */
    public static final List<String> TECH_FIELDS = List.of(
            "XR",
            "DIGITAL_TWIN",
            "BCI",
            "MODELING_3D",
            "NFT_ASSETS",
            "AI_CHIP",
            "AI_ALGORITHM",
            "BLOCKCHAIN",
            "DIGITAL_CONTENT",
            "CONSUMER_ELECTRONICS",
            "DIGITAL_HUMAN",
            "OPTICS",
            "SENSORS",
            "BASIC_SOFTWARE");

    /** The key scenes of the plans. */
    public static final List<String> SCENES =
            List.of("INDUSTRY", "ENERGY", "CULTURE_TOURISM", "EDUCATION", "DIGITAL_HUMAN", "SMART_CITY");

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "registered_address", length = 200)
    private String registeredAddress;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(length = 30)
    private District district;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(length = 20)
    private Tier tier;

    @Column(name = "tech_fields", length = 300)
    private String techFields;

    @Column(length = 300)
    private String scenes;

    private Integer headcount;

    @Column(name = "revenue_last_year", precision = 15, scale = 2)
    private Money revenueLastYear;

    @Column(name = "rd_last_year", precision = 15, scale = 2)
    private Money rdLastYear;

    @Column(name = "lead_name", length = 50)
    private String leadName;

    /** The person the bureau calls about the organisation's applications. */
    @Column(name = "contact_name", length = 50)
    private String contactName;

    /** Their phone number, digits only: personal information, encrypted at rest, shown masked but to reviewers. */
    @Column(name = "contact_phone", length = 200)
    private ContactPhone contactPhone;

    @Column(name = "core_technology", length = 2000)
    private String coreTechnology;

    @Column(name = "ip_summary", length = 2000)
    private String ipSummary;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 32)
    private String updatedBy;

    /** A talent team's members, in the order the team lists them; at most 50, read with the profile. */
    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    private List<TeamMember> members = new ArrayList<>();

    @Version
    private long version;

    /** Most members a team lists, as the team program's form allows. */
    public static final int MAX_MEMBERS = 50;

    protected OrganisationProfile() {
        // for JPA
    }

    public OrganisationProfile(Long organisationId) {
        this.organisationId = Objects.requireNonNull(organisationId);
    }

    /**
     * Everything the profile page edits, as entered. {@code contactPhone} is typed anew or left empty to keep the
     * saved one, so that the page never holds the whole number.
     */
    public record Details(
            String registeredAddress,
            District district,
            LocalDate foundedOn,
            Tier tier,
            List<String> techFields,
            List<String> scenes,
            Integer headcount,
            Money revenueLastYear,
            Money rdLastYear,
            String leadName,
            String contactName,
            String contactPhone,
            String coreTechnology,
            String ipSummary) {}

    /**
     * A member as the profile page sends it. The ID number is typed anew ({@code idNumber}) or, for a member
     * already saved, kept from the member at position {@code keepIdOf}, so the page never holds the whole number.
     */
    public record MemberInput(
            String name,
            String role,
            String title,
            String employer,
            TeamMember.Education education,
            String idNumber,
            Integer keepIdOf) {}

    /** Replaces the details after checking them; throws with the first problem's message key. */
    public void update(Details d, String by, Instant now, LocalDate today) {
        update(d, null, by, now, today);
    }

    /**
     * Replaces the details and, unless {@code memberInputs} is null, the team's members; checks everything first,
     * so a refused change leaves the profile as it was. Throws with the first problem's message key.
     */
    public void update(Details d, List<MemberInput> memberInputs, String by, Instant now, LocalDate today) {
        List<TeamMember> newMembers = memberInputs == null ? members : checkedMembers(memberInputs);
        if (d.foundedOn() != null && d.foundedOn().isAfter(today)) {
            throw new DomainException("profile.foundedInFuture");
        }
        if (d.headcount() != null && (d.headcount() < 0 || d.headcount() > 1_000_000)) {
            throw new DomainException("profile.headcountRange");
        }
        if (d.rdLastYear() != null
                && d.revenueLastYear() != null
                && d.rdLastYear().compareTo(d.revenueLastYear()) > 0
                && !d.revenueLastYear().isZero()) {
            throw new DomainException("profile.rdAboveRevenue");
        }
        requireKnown(d.techFields(), TECH_FIELDS);
        requireKnown(d.scenes(), SCENES);
        ContactPhone phone = d.contactPhone() == null || d.contactPhone().isBlank()
                ? contactPhone
                : new ContactPhone(PhoneNumber.of(d.contactPhone()).digits());
        this.registeredAddress = trimmed(d.registeredAddress(), 200);
        this.district = d.district();
        this.foundedOn = d.foundedOn();
        this.tier = d.tier();
        this.techFields = d.techFields() == null ? null : String.join(",", d.techFields());
        this.scenes = d.scenes() == null ? null : String.join(",", d.scenes());
        this.headcount = d.headcount();
        this.revenueLastYear = d.revenueLastYear();
        this.rdLastYear = d.rdLastYear();
        this.leadName = trimmed(d.leadName(), 50);
        this.contactName = trimmed(d.contactName(), 50);
        this.contactPhone = phone;
        this.coreTechnology = trimmed(d.coreTechnology(), 2000);
        this.ipSummary = trimmed(d.ipSummary(), 2000);
        if (newMembers != members) {
            members.clear();
            members.addAll(newMembers);
        }
        this.updatedBy = by;
        this.updatedAt = now;
    }

    private List<TeamMember> checkedMembers(List<MemberInput> inputs) {
        if (inputs.size() > MAX_MEMBERS) {
            throw new DomainException("profile.tooManyMembers", MAX_MEMBERS);
        }
        List<TeamMember> checked = new ArrayList<>();
        Set<ResidentIdNumber> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            MemberInput m = inputs.get(i);
            int row = i + 1;
            String name = trimmed(m.name(), 50);
            String role = trimmed(m.role(), 50);
            if (name == null || role == null) {
                throw new DomainException("profile.memberIncomplete", row);
            }
            ResidentIdNumber id;
            if (m.idNumber() != null && !m.idNumber().isBlank()) {
                try {
                    id = ResidentIdNumber.of(m.idNumber());
                } catch (DomainException e) {
                    throw new DomainException("profile.memberIdInvalid", row);
                }
            } else if (m.keepIdOf() != null && m.keepIdOf() >= 0 && m.keepIdOf() < members.size()) {
                id = members.get(m.keepIdOf()).idNumber();
            } else {
                throw new DomainException("profile.memberIdNumberRequired", row);
            }
            if (!seen.add(id)) {
                throw new DomainException("profile.memberDuplicate", row);
            }
            checked.add(
                    new TeamMember(name, role, trimmed(m.title(), 50), trimmed(m.employer(), 200), m.education(), id));
        }
        return checked;
    }

    /** The members as pages show them, ID numbers masked. */
    public List<TeamMember.View> members() {
        return members.stream().map(TeamMember::view).toList();
    }

    private static void requireKnown(List<String> chosen, List<String> known) {
        if (chosen != null && !known.containsAll(chosen)) {
            throw new DomainException("profile.unknownOption");
        }
    }

    private static String trimmed(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new DomainException("profile.tooLong", max);
        }
        return t;
    }

    public Details details() {
        return new Details(
                registeredAddress,
                district,
                foundedOn,
                tier,
                split(techFields),
                split(scenes),
                headcount,
                revenueLastYear,
                rdLastYear,
                leadName,
                contactName,
                null,
                coreTechnology,
                ipSummary);
    }

    /**
     * The members this team shares with another, by ID number (不重复享受 for the same person), masked as every
     * page shows them: the number itself never leaves the profile.
     */
    public List<String> sharedMembers(OrganisationProfile other) {
        java.util.Set<cn.kaifeng.tfs.shared.domain.ResidentIdNumber> theirs =
                other.members.stream().map(TeamMember::idNumber).collect(java.util.stream.Collectors.toSet());
        return members.stream()
                .map(TeamMember::idNumber)
                .filter(theirs::contains)
                .map(cn.kaifeng.tfs.shared.domain.ResidentIdNumber::masked)
                .toList();
    }

    /** The profile as plain values, in a stable order, for an application to keep. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("registeredAddress", registeredAddress);
        s.put("district", district == null ? null : district.name());
        s.put("foundedOn", foundedOn == null ? null : foundedOn.toString());
        s.put("tier", tier == null ? null : tier.name());
        s.put("techFields", split(techFields));
        s.put("scenes", split(scenes));
        s.put("headcount", headcount);
        s.put("revenueLastYear", revenueLastYear == null ? null : revenueLastYear.yuan());
        s.put("rdLastYear", rdLastYear == null ? null : rdLastYear.yuan());
        s.put("leadName", leadName);
        s.put("contactName", contactName);
        s.put("contactPhone", contactPhone().map(PhoneNumber::masked).orElse(null));
        s.put("coreTechnology", coreTechnology);
        s.put("ipSummary", ipSummary);
        if (!members.isEmpty()) {
            s.put("members", members.stream().map(TeamMember::snapshot).toList());
        }
        s.put("updatedAt", updatedAt == null ? null : updatedAt.toString());
        return s;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    public Long organisationId() {
        return organisationId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String contactName() {
        return contactName;
    }

    /** The contact's phone number; whole only for those who call (reviewers), otherwise show {@code masked()}. */
    public Optional<PhoneNumber> contactPhone() {
        return contactPhone == null ? Optional.empty() : Optional.of(PhoneNumber.of(contactPhone.digits()));
    }
}
