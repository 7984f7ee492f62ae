package cn.kaifeng.tfs.organisation.service;

import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.organisation.domain.OrganisationProfile;
import cn.kaifeng.tfs.organisation.domain.ProfileFact;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The applicant organisation's profile: read and changed only by its own applicant accounts. */
@ApplicationScoped
@Transactional
public class ProfileService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    private static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();

    @Inject
    private cn.kaifeng.tfs.audit.service.AuditLog audit;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private jakarta.enterprise.event.Event<ProfileChanged> changed;

    /** The caller's organisation's profile; a new, empty one if none was saved yet. */
    public OrganisationProfile mine(String username) {
        Organisation organisation = applicantOrganisation(username);
        OrganisationProfile profile = em.find(OrganisationProfile.class, organisation.id());
        return profile != null ? profile : new OrganisationProfile(organisation.id());
    }

    public OrganisationProfile save(String username, OrganisationProfile.Details details) {
        return save(username, null, details);
    }

    /** Saves the details and, unless {@code members} is null, a talent team's members (with their ID numbers). */
    public OrganisationProfile save(
            String username, List<OrganisationProfile.MemberInput> members, OrganisationProfile.Details details) {
        Organisation organisation = applicantOrganisation(username);
        OrganisationProfile profile = em.find(OrganisationProfile.class, organisation.id());
        boolean created = profile == null;
        if (created) {
            profile = new OrganisationProfile(organisation.id());
        }
        String before = created ? null : JSON.toJson(profile.snapshot());
        if (members != null && organisation.kind() != OrganisationKind.TALENT_TEAM && !members.isEmpty()) {
            throw new DomainException("profile.membersForTeams");
        }
        profile.update(
                details, members, username, clock.instant(), LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
        if (created) {
            em.persist(profile);
        }
        audit.record(
                username,
                "PROFILE_SAVED",
                "organisation:" + organisation.id(),
                before,
                JSON.toJson(profile.snapshot()));
        changed.fire(new ProfileChanged(organisation.id(), clock.instant()));
        return profile;
    }

    /** The facts the organisation's profile states ({@link ProfileFact}); empty if none was saved. */
    public Map<String, Object> facts(Organisation organisation) {
        return ProfileFact.of(em.find(OrganisationProfile.class, organisation.id()));
    }

    /** The profile as it is now, for an application being submitted to keep; empty if none was saved. */
    public Map<String, Object> snapshot(Organisation organisation) {
        OrganisationProfile profile = em.find(OrganisationProfile.class, organisation.id());
        return profile == null ? Map.of() : profile.snapshot();
    }

    /** The team members two organisations share, by ID number, masked; none when either has no profile. */
    public List<String> sharedMembers(Organisation one, Organisation other) {
        OrganisationProfile a = em.find(OrganisationProfile.class, one.id());
        OrganisationProfile b = em.find(OrganisationProfile.class, other.id());
        return a == null || b == null ? List.of() : a.sharedMembers(b);
    }

    /**
     * The whole phone number of an organisation's contact, for a reviewer who needs to call: each reveal is
     * recorded (who, for which application), since pages otherwise show the number masked. Refused, as not found,
     * to anyone but a reviewer.
     */
    public java.util.Optional<String> revealContactPhone(String reviewer, long organisationId, String about) {
        if (!callers.isReviewer(reviewer)) {
            throw new DomainException("application.notFound");
        }
        OrganisationProfile profile = em.find(OrganisationProfile.class, organisationId);
        java.util.Optional<String> phone = profile == null
                ? java.util.Optional.empty()
                : profile.contactPhone().map(cn.kaifeng.tfs.shared.domain.PhoneNumber::digits);
        phone.ifPresent(
                p -> audit.record(reviewer, "CONTACT_PHONE_VIEWED", about, null, "organisation:" + organisationId));
        return phone;
    }

    /** The organisation an applicant acts for; refused (as not found) for anyone else. */
    public Organisation applicantOrganisation(String username) {
        return callers.applicantOrganisation(username).orElseThrow(() -> new DomainException("application.notFound"));
    }
}
