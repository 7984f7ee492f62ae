package cn.kaifeng.tfs.review.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.organisation.domain.OrganisationProfile;
import cn.kaifeng.tfs.review.domain.ConflictCheck;
import cn.kaifeng.tfs.review.domain.ExpertProfile;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The expert pool (专家库): the experts the bureau can call on, with the employer and fields recorded for each; the
 * candidates for one application's panel, matched by field and with the conflicts of interest the system sees
 * (same employer, a name among the applicant's people, the applicant's own organisation). The panel itself is
 * {@link PanelService}.
 */
@ApplicationScoped
@Transactional
public class ExpertPoolService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditLog audit;

    /** An expert who could sit on the panel, with whether their fields match and what conflicts the system sees. */
    public record Candidate(
            String username,
            String displayName,
            String employer,
            List<String> techFields,
            boolean matches,
            List<ConflictCheck.Flag> flags) {}

    /** An expert of the pool as the administrator keeps it: account, employer (for conflicts) and fields. */
    public record PoolEntry(
            String username, String displayName, boolean enabled, String employer, List<String> techFields) {}

    /** Every expert account with what is recorded of it, for the administrator's expert pool page. */
    public List<PoolEntry> pool(String admin) {
        applications.requireRole(admin, Role.ADMIN);
        Map<String, ExpertProfile> profiles = em.createQuery("SELECT p FROM ExpertProfile p", ExpertProfile.class)
                .getResultStream()
                .collect(Collectors.toMap(ExpertProfile::username, p -> p));
        return accounts.list().stream()
                .filter(a -> a.hasRole(Role.EXPERT))
                .map(a -> {
                    ExpertProfile p = profiles.get(a.username());
                    return new PoolEntry(
                            a.username(),
                            a.displayName(),
                            a.enabled(),
                            p == null ? "" : p.employer(),
                            p == null ? List.of() : p.techFields());
                })
                .toList();
    }

    /** Records an expert's employer and fields (an administrator, or the demo data, does this). */
    public void saveProfile(String by, String username, String employer, List<String> techFields) {
        if (!"demo-data".equals(by)) {
            applications.requireRole(by, Role.ADMIN);
        }
        accounts.findByUsername(username)
                .filter(a -> a.hasRole(Role.EXPERT))
                .orElseThrow(() -> new DomainException("panel.notAnExpert", username));
        String givenEmployer = employer == null ? "" : employer.strip();
        if (givenEmployer.length() > 200) {
            throw new DomainException("panel.employerTooLong", 200);
        }
        if (techFields != null && !OrganisationProfile.TECH_FIELDS.containsAll(techFields)) {
            throw new DomainException("profile.unknownOption");
        }
        ExpertProfile before = em.find(ExpertProfile.class, username);
        if (before != null) {
            em.remove(before);
            em.flush();
        }
        em.persist(new ExpertProfile(username, givenEmployer, techFields == null ? List.of() : techFields));
        audit.record(
                by,
                "EXPERT_PROFILE_SAVED",
                "account:" + username,
                before == null ? null : before.employer() + " " + before.techFields(),
                employer + " " + techFields);
    }

    /** Experts for an application, those matching its field first; each with the conflicts found. */
    public List<Candidate> candidates(String reviewer, long applicationId) {
        Application application = applications.numberedForReviewer(reviewer, applicationId);
        Set<String> fields = fieldsOf(application);
        People people = peopleOf(application);
        Map<String, ExpertProfile> profiles = em.createQuery("SELECT p FROM ExpertProfile p", ExpertProfile.class)
                .getResultStream()
                .collect(Collectors.toMap(ExpertProfile::username, p -> p));
        List<Candidate> candidates = new ArrayList<>();
        for (UserAccount expert : accounts.list()) {
            if (!expert.hasRole(Role.EXPERT) || !expert.enabled()) {
                continue;
            }
            ExpertProfile profile = profiles.get(expert.username());
            String employer = profile == null ? "" : profile.employer();
            List<String> expertFields = profile == null ? List.of() : profile.techFields();
            candidates.add(new Candidate(
                    expert.username(),
                    expert.displayName(),
                    employer,
                    expertFields,
                    expertFields.stream().anyMatch(fields::contains),
                    flags(expert, employer, application, people)));
        }
        candidates.sort((a, b) -> Boolean.compare(b.matches(), a.matches()));
        return candidates;
    }

    /** The application's field(s): the form's techField if it has one, else the profile's fields. */
    private Set<String> fieldsOf(Application application) {
        Object field = applications.valuesOf(application).get("techField");
        if (field != null) {
            return Set.of(field.toString());
        }
        Object profileFields = applications.profileSnapshotOf(application).get("techFields");
        return profileFields instanceof Collection<?> c
                ? c.stream().map(String::valueOf).collect(Collectors.toSet())
                : Set.of();
    }

    /** The names of an applicant's people and where they work, as far as the application tells. */
    public record People(List<String> names, List<String> employers) {}

    /**
     * The applicant's people: the team lead and the members of the profile it applied with, and the rows of every
     * repeated group of its form (names, and employers where given). The stored profile and form are read once.
     */
    public People peopleOf(Application application) {
        Map<String, Object> profile = applications.profileSnapshotOf(application);
        List<Object> rows = new ArrayList<>();
        if (profile.get("members") instanceof List<?> members) {
            rows.addAll(members);
        }
        for (Object value : applications.valuesOf(application).values()) {
            if (value instanceof List<?> groupRows) {
                rows.addAll(groupRows);
            }
        }
        List<String> names = new ArrayList<>();
        List<String> employers = new ArrayList<>();
        if (profile.get("leadName") != null) {
            names.add(profile.get("leadName").toString());
        }
        for (Object row : rows) {
            if (row instanceof Map<?, ?> m) {
                if (m.get("name") != null) {
                    names.add(m.get("name").toString());
                }
                if (m.get("employer") != null) {
                    employers.add(m.get("employer").toString());
                }
            }
        }
        return new People(names, employers);
    }

    /** The conflicts the system sees between an expert and an application's organisation and people. */
    public static List<ConflictCheck.Flag> flags(
            UserAccount expert, String employer, Application application, People people) {
        return ConflictCheck.flags(
                displayNameOnly(expert.displayName()),
                employer,
                expert.organisation() == null ? null : expert.organisation().id(),
                application.organisation().name(),
                application.organisation().id(),
                people.names(),
                people.employers());
    }

    /** "钱示例（评审专家）" is 钱示例: the bracketed role is not part of the person's name. */
    private static String displayNameOnly(String displayName) {
        int bracket = displayName.indexOf('（');
        return bracket > 0 ? displayName.substring(0, bracket) : displayName;
    }
}
