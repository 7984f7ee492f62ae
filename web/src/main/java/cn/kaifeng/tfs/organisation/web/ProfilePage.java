package cn.kaifeng.tfs.organisation.web;

import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.organisation.domain.OrganisationProfile;
import cn.kaifeng.tfs.organisation.domain.TeamMember;
import cn.kaifeng.tfs.organisation.service.ProfileService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shared.domain.PhoneNumber;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisation profile (单位资料) an applicant fills in once. Bean Validation checks each field as it is
 * entered; the profile's own rules (no R&D above revenue, no founding date in the future) are checked on saving.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProfileService profiles;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Size(max = 200)
    private String registeredAddress;

    private OrganisationProfile.District district;

    @PastOrPresent
    private LocalDate foundedOn;

    private OrganisationProfile.Tier tier;
    private List<String> techFields = new ArrayList<>();
    private List<String> scenes = new ArrayList<>();

    @Min(0)
    @Max(1_000_000)
    private Integer headcount;

    @DecimalMin("0")
    private BigDecimal revenueLastYear;

    @DecimalMin("0")
    private BigDecimal rdLastYear;

    @Size(max = 50)
    private String leadName;

    @Size(max = 50)
    private String contactName;

    /** Typed anew to replace the saved number; never filled from it (the page shows it masked). */
    private String contactPhone;

    private String maskedContactPhone;

    @Size(max = 2000)
    private String coreTechnology;

    @Size(max = 2000)
    private String ipSummary;

    /** Whether the organisation is a talent team, which lists its members. */
    private boolean team;

    private List<MemberRow> members = new ArrayList<>();

    /**
     * One member as the page edits it. A saved member's ID number stays on the server: the row holds it masked
     * and the position it was saved at; typing a new number replaces it.
     */
    public static class MemberRow implements Serializable {
        private static final long serialVersionUID = 1L;

        @Size(max = 50)
        private String name;

        @Size(max = 50)
        private String role;

        @Size(max = 50)
        private String title;

        @Size(max = 200)
        private String employer;

        private TeamMember.Education education;
        private String idNumber;
        private String maskedIdNumber;
        private Integer savedAt;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getEmployer() {
            return employer;
        }

        public void setEmployer(String employer) {
            this.employer = employer;
        }

        public TeamMember.Education getEducation() {
            return education;
        }

        public void setEducation(TeamMember.Education education) {
            this.education = education;
        }

        public String getIdNumber() {
            return idNumber;
        }

        public void setIdNumber(String idNumber) {
            this.idNumber = idNumber;
        }

        public String getMaskedIdNumber() {
            return maskedIdNumber;
        }

        /** Whether the member was saved before, so leaving the ID number empty keeps it. */
        public boolean isSaved() {
            return savedAt != null;
        }
    }

    @PostConstruct
    void load() {
        team = profiles.applicantOrganisation(currentUser.username()).kind() == OrganisationKind.TALENT_TEAM;
        OrganisationProfile profile = profiles.mine(currentUser.username());
        members = new ArrayList<>();
        List<TeamMember.View> saved = profile.members();
        for (int i = 0; i < saved.size(); i++) {
            TeamMember.View v = saved.get(i);
            MemberRow row = new MemberRow();
            row.name = v.name();
            row.role = v.role();
            row.title = v.title();
            row.employer = v.employer();
            row.education = v.education();
            row.maskedIdNumber = v.maskedIdNumber();
            row.savedAt = i;
            members.add(row);
        }
        OrganisationProfile.Details d = profile.details();
        registeredAddress = d.registeredAddress();
        district = d.district();
        foundedOn = d.foundedOn();
        tier = d.tier();
        techFields = new ArrayList<>(d.techFields());
        scenes = new ArrayList<>(d.scenes());
        headcount = d.headcount();
        revenueLastYear =
                d.revenueLastYear() == null ? null : d.revenueLastYear().yuan();
        rdLastYear = d.rdLastYear() == null ? null : d.rdLastYear().yuan();
        leadName = d.leadName();
        contactName = d.contactName();
        contactPhone = null;
        maskedContactPhone = profile.contactPhone().map(PhoneNumber::masked).orElse(null);
        coreTechnology = d.coreTechnology();
        ipSummary = d.ipSummary();
    }

    public void addMember() {
        if (members.size() < OrganisationProfile.MAX_MEMBERS) {
            members.add(new MemberRow());
        }
    }

    public void removeMember(MemberRow row) {
        members.remove(row);
    }

    public void save() {
        try {
            profiles.save(
                    currentUser.username(),
                    team
                            ? members.stream()
                                    .map(m -> new OrganisationProfile.MemberInput(
                                            m.name, m.role, m.title, m.employer, m.education, m.idNumber, m.savedAt))
                                    .toList()
                            : null,
                    new OrganisationProfile.Details(
                            registeredAddress,
                            district,
                            foundedOn,
                            tier,
                            techFields,
                            scenes,
                            headcount,
                            money(revenueLastYear),
                            money(rdLastYear),
                            leadName,
                            contactName,
                            contactPhone,
                            coreTechnology,
                            ipSummary));
            load();
            messages.info("profile.saved");
        } catch (DomainException e) {
            messages.error(null, e);
        }
    }

    private static Money money(BigDecimal yuan) {
        return yuan == null ? null : Money.ofYuan(yuan);
    }

    public boolean isTeam() {
        return team;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public List<TeamMember.Education> getEducations() {
        return List.of(TeamMember.Education.values());
    }

    public List<OrganisationProfile.District> getDistricts() {
        return List.of(OrganisationProfile.District.values());
    }

    public List<OrganisationProfile.Tier> getTiers() {
        return List.of(OrganisationProfile.Tier.values());
    }

    public List<String> getAllTechFields() {
        return OrganisationProfile.TECH_FIELDS;
    }

    public List<String> getAllScenes() {
        return OrganisationProfile.SCENES;
    }

    public String getRegisteredAddress() {
        return registeredAddress;
    }

    public void setRegisteredAddress(String registeredAddress) {
        this.registeredAddress = registeredAddress;
    }

    public OrganisationProfile.District getDistrict() {
        return district;
    }

    public void setDistrict(OrganisationProfile.District district) {
        this.district = district;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public OrganisationProfile.Tier getTier() {
        return tier;
    }

    public void setTier(OrganisationProfile.Tier tier) {
        this.tier = tier;
    }

    public List<String> getTechFields() {
        return techFields;
    }

    public void setTechFields(List<String> techFields) {
        this.techFields = techFields == null ? new ArrayList<>() : new ArrayList<>(techFields);
    }

    public List<String> getScenes() {
        return scenes;
    }

    public void setScenes(List<String> scenes) {
        this.scenes = scenes == null ? new ArrayList<>() : new ArrayList<>(scenes);
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }

    public BigDecimal getRevenueLastYear() {
        return revenueLastYear;
    }

    public void setRevenueLastYear(BigDecimal revenueLastYear) {
        this.revenueLastYear = revenueLastYear;
    }

    public BigDecimal getRdLastYear() {
        return rdLastYear;
    }

    public void setRdLastYear(BigDecimal rdLastYear) {
        this.rdLastYear = rdLastYear;
    }

    public String getLeadName() {
        return leadName;
    }

    public void setLeadName(String leadName) {
        this.leadName = leadName;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    /** The saved number as shown (138****5678), or null if none is saved. */
    public String getMaskedContactPhone() {
        return maskedContactPhone;
    }

    public String getCoreTechnology() {
        return coreTechnology;
    }

    public void setCoreTechnology(String coreTechnology) {
        this.coreTechnology = coreTechnology;
    }

    public String getIpSummary() {
        return ipSummary;
    }

    public void setIpSummary(String ipSummary) {
        this.ipSummary = ipSummary;
    }
}
