package cn.kaifeng.tfs.matching.service;

import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.casefile.service.CreditBars;
import cn.kaifeng.tfs.matching.domain.Estimate;
import cn.kaifeng.tfs.matching.domain.MatchProposal;
import cn.kaifeng.tfs.matching.domain.ProgramMatch;
import cn.kaifeng.tfs.matching.domain.Verdict;
import cn.kaifeng.tfs.organisation.domain.IdentityStatus;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.organisation.service.Callers;
import cn.kaifeng.tfs.organisation.service.ProfileChanged;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Proactive matching's use cases: the nightly run over every matchable organisation, the run for one organisation
 * after its profile changed, what an applicant's home shows, and 免申即享 proposals (the bureau proposes, the
 * organisation confirms or declines). An organisation is matched when it may act as itself (its credit code is
 * verified, or it is a talent team with none to verify) and has saved a profile: without one there is nothing to
 * match, and every program would come out "possible".
 */
@ApplicationScoped
@Transactional
public class MatchingService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    private static final Logger LOG = Logger.getLogger(MatchingService.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Organisations per transaction of the nightly run: large enough for few commits, small enough to redo. */
    static final int CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MatchStore store;

    @Inject
    private ProgramService catalog;

    @Inject
    private ApplicationService applications;

    @Inject
    private Callers callers;

    /** 失信 records in force: an organisation under one is neither matched nor proposed anything. */
    @Inject
    private CreditBars creditBars;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<SupportProposed> proposed;

    static boolean matchable(Organisation organisation) {
        return organisation.kind().isApplicant() && organisation.identityStatus() != IdentityStatus.CLAIMED;
    }

    /** Every matchable organisation against every open program, chunk by chunk; returns the matches stored. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int matchAll() {
        List<ProgramDefinition> programs = openPrograms();
        List<Long> ids = em.createQuery(
                        "SELECT o.id FROM Organisation o, OrganisationProfile p WHERE p.organisationId = o.id"
                                + " AND o.kind IN :kinds AND o.identityStatus <> :claimed ORDER BY o.id",
                        Long.class)
                .setParameter("kinds", List.of(OrganisationKind.ENTERPRISE, OrganisationKind.TALENT_TEAM))
                .setParameter("claimed", IdentityStatus.CLAIMED)
                .getResultList();
        int stored = 0;
        Instant now = clock.instant();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            stored += chunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)), programs, now);
        }
        return stored;
    }

    /** The nightly run starts at this hour (Beijing time), or at the first hourly tick after it. */
    static final int NIGHTLY_FROM_HOUR = 2;

    /**
     * The nightly run, if it is due and no node has claimed today's yet; returns the matches stored, or -1 when
     * this node did not run it. Called every hour: a night the servers were down is run at the next tick.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int nightlyIfDue() {
        java.time.ZonedDateTime now = ZonedDateTime.now(clock.withZone(CHINA));
        if (now.getHour() < NIGHTLY_FROM_HOUR) {
            return -1;
        }
        try {
            if (!store.claimRun(now.toLocalDate(), now.toInstant())) {
                return -1;
            }
        } catch (RuntimeException taken) {
            return -1;
        }
        int stored = matchAll();
        store.finishRun(now.toLocalDate(), stored, clock.instant());
        return stored;
    }

    /**
     * The bureau runs the matching now rather than at night (after publishing a program, say); returns the matches
     * stored. Only reviewers may.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int matchAllNow(String reviewer) {
        requireReviewer(reviewer);
        int stored = matchAll();
        audit.record(reviewer, "MATCHING_RUN", "matching", null, String.valueOf(stored));
        return stored;
    }

    /** A profile was saved: that organisation is matched again at once, after the change committed. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void profileChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged changed) {
        chunk(List.of(changed.organisationId()), openPrograms(), changed.at());
    }

    /**
     * One chunk, tried twice: the second try sees what made the first fail (another node's notice of the same
     * match, stored a moment before), and a chunk failing twice is left to the next run.
     */
    private int chunk(List<Long> all, List<ProgramDefinition> programs, Instant now) {
        Set<Long> barred = creditBars.barredAmong(all, LocalDate.now(clock.withZone(CHINA)));
        List<Long> ids = all.stream().filter(id -> !barred.contains(id)).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return store.matchChunk(List.copyOf(ids), programs, now);
            } catch (RuntimeException e) {
                if (attempt == 2) {
                    LOG.warnf(
                            "Matching of %d organisations from id %d left to the next run: %s",
                            ids.size(), ids.get(0), e.toString());
                    return 0;
                }
            }
        }
    }

    private List<ProgramDefinition> openPrograms() {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        return catalog.current().stream().filter(p -> p.openOn(today)).toList();
    }

    /** A match as the applicant's home shows it, with the application already started for it, if any. */
    public record Row(ProgramMatch match, ProgramDefinition program, Long applicationId) {}

    /** The caller's organisation's likely and possible matches with programs still open, likely first. */
    public List<Row> mine(String username) {
        Organisation organisation = applicant(username);
        if (barred(organisation)) {
            return List.of(); // matches made before the record stand still, but are not proposed while it is in force
        }
        Map<String, ProgramDefinition> open = new HashMap<>();
        openPrograms().forEach(p -> open.put(p.code(), p));
        Map<String, Long> started = new HashMap<>();
        em.createQuery(
                        "SELECT a.programCode, a.id FROM Application a WHERE a.organisation = :organisation"
                                + " AND a.status <> :withdrawn ORDER BY a.id",
                        Object[].class)
                .setParameter("organisation", organisation)
                .setParameter("withdrawn", ApplicationStatus.WITHDRAWN)
                .getResultList()
                .forEach(row -> started.put((String) row[0], (Long) row[1]));
        List<Row> rows = new ArrayList<>();
        for (ProgramMatch m : em.createQuery(
                        "SELECT m FROM ProgramMatch m WHERE m.organisationId = :organisation AND m.verdict <> :not",
                        ProgramMatch.class)
                .setParameter("organisation", organisation.id())
                .setParameter("not", Verdict.NOT)
                .getResultList()) {
            ProgramDefinition program = open.get(m.programCode());
            if (program != null && program.version() == m.programVersion()) {
                rows.add(new Row(m, program, started.get(m.programCode())));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.match().verdict())
                .thenComparing(r -> r.program().code()));
        return rows;
    }

    /** A proposal the organisation has still to confirm or decline, with its program. */
    public record Offer(MatchProposal proposal, ProgramDefinition program) {}

    public List<Offer> myProposals(String username) {
        Organisation organisation = applicant(username);
        if (barred(organisation)) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT p FROM MatchProposal p WHERE p.organisationId = :organisation AND p.status = :proposed"
                                + " ORDER BY p.proposedAt",
                        MatchProposal.class)
                .setParameter("organisation", organisation.id())
                .setParameter("proposed", MatchProposal.Status.PROPOSED)
                .getResultList()
                .stream()
                .map(p -> new Offer(
                        p, catalog.version(p.programCode(), p.programVersion()).orElseThrow()))
                .toList();
    }

    /**
     * The organisation accepts a proposal: a case is started, filled from its profile, and submitted into the normal
     * review path (formal review, notice, decision, letter). Refused if the program has a newer version meanwhile
     * or the profile no longer gives a complete form; the message says what to do.
     */
    public Application confirm(String username, long proposalId) {
        MatchProposal proposal = ownProposal(username, proposalId);
        ProgramDefinition current = catalog.current(proposal.programCode())
                .filter(p -> p.openOn(LocalDate.now(clock.withZone(CHINA))))
                .orElseThrow(() -> new DomainException("application.programClosed"));
        if (current.version() != proposal.programVersion()) {
            throw new DomainException("proposal.outdated");
        }
        Application started = applications.start(username, proposal.programCode());
        Application submitted = applications.submit(username, started.id(), applications.valuesOf(started));
        proposal.confirm(username, submitted.id(), clock.instant());
        audit.record(username, "PROPOSAL_CONFIRMED", "proposal:" + proposal.id(), null, submitted.number());
        return submitted;
    }

    public void decline(String username, long proposalId) {
        MatchProposal proposal = ownProposal(username, proposalId);
        proposal.decline(username, clock.instant());
        audit.record(username, "PROPOSAL_DECLINED", "proposal:" + proposal.id(), null, proposal.programCode());
    }

    private MatchProposal ownProposal(String username, long proposalId) {
        Organisation organisation = applicant(username);
        MatchProposal proposal = em.find(MatchProposal.class, proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null || !proposal.organisationId().equals(organisation.id())) {
            throw new DomainException("proposal.notFound");
        }
        return proposal;
    }

    private boolean barred(Organisation organisation) {
        return creditBars
                .barOf(organisation.id(), LocalDate.now(clock.withZone(CHINA)))
                .isPresent();
    }

    /** The open programs the bureau proposes without application. */
    public List<ProgramDefinition> noApplicationPrograms(String reviewer) {
        requireReviewer(reviewer);
        return openPrograms().stream().filter(ProgramDefinition::noApplication).toList();
    }

    /** An organisation the latest run found likely to qualify, with the exact estimate and any proposal made. */
    public record Candidate(
            long organisationId, String organisationName, Money estimate, Instant matchedAt, String proposal) {}

    /** Who qualifies for a no-application program, by the latest run of its current version. */
    public List<Candidate> candidates(String reviewer, String programCode) {
        ProgramDefinition program = noApplicationProgram(reviewer, programCode);
        Map<Long, String> proposals = new HashMap<>();
        em.createQuery(
                        "SELECT p.organisationId, p.status FROM MatchProposal p"
                                + " WHERE p.programCode = :code AND p.programVersion = :version",
                        Object[].class)
                .setParameter("code", program.code())
                .setParameter("version", program.version())
                .getResultList()
                .forEach(row -> proposals.put((Long) row[0], row[1].toString()));
        Set<Long> barred = creditBars.barredAmong(
                em.createQuery(
                                "SELECT m.organisationId FROM ProgramMatch m WHERE m.programCode = :code"
                                        + " AND m.programVersion = :version AND m.verdict = :likely",
                                Long.class)
                        .setParameter("code", program.code())
                        .setParameter("version", program.version())
                        .setParameter("likely", Verdict.LIKELY)
                        .getResultList(),
                LocalDate.now(clock.withZone(CHINA)));
        return em
                .createQuery(
                        "SELECT m, o.name FROM ProgramMatch m, Organisation o WHERE o.id = m.organisationId"
                                + " AND m.programCode = :code AND m.programVersion = :version"
                                + " AND m.verdict = :likely ORDER BY o.name",
                        Object[].class)
                .setParameter("code", program.code())
                .setParameter("version", program.version())
                .setParameter("likely", Verdict.LIKELY)
                .getResultList()
                .stream()
                .filter(row -> ((ProgramMatch) row[0]).estimate().kind() == Estimate.Kind.EXACT)
                .filter(row -> !barred.contains(((ProgramMatch) row[0]).organisationId()))
                .map(row -> {
                    ProgramMatch m = (ProgramMatch) row[0];
                    return new Candidate(
                            m.organisationId(),
                            (String) row[1],
                            m.estimate().amount(),
                            m.computedAt(),
                            proposals.get(m.organisationId()));
                })
                .toList();
    }

    /** Proposes the program's support to these organisations, each at its estimate; returns how many were new. */
    public int propose(String reviewer, String programCode, List<Long> organisationIds) {
        ProgramDefinition program = noApplicationProgram(reviewer, programCode);
        Map<Long, Candidate> candidates = new HashMap<>();
        candidates(reviewer, programCode).forEach(c -> candidates.put(c.organisationId(), c));
        int made = 0;
        Instant now = clock.instant();
        for (Long id : organisationIds) {
            Candidate candidate = candidates.get(id);
            if (candidate == null
                    || candidate.proposal() != null
                    || candidate.estimate().isZero()) {
                continue;
            }
            MatchProposal proposal =
                    new MatchProposal(id, program.code(), program.version(), candidate.estimate(), reviewer, now);
            em.persist(proposal);
            em.flush();
            audit.record(
                    reviewer,
                    "SUPPORT_PROPOSED",
                    "organisation:" + id,
                    null,
                    program.label() + " " + candidate.estimate().yuan());
            proposed.fire(new SupportProposed(id, program.code(), now));
            made++;
        }
        return made;
    }

    private ProgramDefinition noApplicationProgram(String reviewer, String programCode) {
        return noApplicationPrograms(reviewer).stream()
                .filter(p -> p.code().equals(programCode))
                .findFirst()
                .orElseThrow(() -> new DomainException("proposal.noSuchProgram"));
    }

    private void requireReviewer(String username) {
        if (!callers.isReviewer(username)) {
            throw new DomainException("application.notFound");
        }
    }

    private Organisation applicant(String username) {
        return callers.applicantOrganisation(username).orElseThrow(() -> new DomainException("application.notFound"));
    }
}
