package cn.kaifeng.tfs.matching.service;

import cn.kaifeng.tfs.matching.domain.Match;
import cn.kaifeng.tfs.matching.domain.MatchNotice;
import cn.kaifeng.tfs.matching.domain.Matcher;
import cn.kaifeng.tfs.matching.domain.ProgramMatch;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.domain.OrganisationProfile;
import cn.kaifeng.tfs.organisation.domain.ProfileFact;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Matches one chunk of organisations against the open programs and stores the results, in a transaction of its
 * own: a failure loses one chunk (tried again by the caller, or by the next night), not the run. First matches of
 * a program version are told once: the notice key is inserted, and only then the notification event fired.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MatchStore {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<ProgramMatched> matched;

    /** Inserts the day's row (?1) with its start (?2) unless it is there; public for the persistence test. */
    public static final String CLAIM = "INSERT INTO match_run (run_day, started_at) SELECT ?1, ?2"
            + " WHERE NOT EXISTS (SELECT 1 FROM match_run WHERE run_day = ?1)";

    /**
     * Claims the day's nightly run: true for the one node whose insert of the day's row succeeds, false when the
     * row is there already (another node runs, or ran, it). The insert only adds a missing row, so the hourly tick
     * of every node after the run does not log a duplicate key; two nodes inserting at the same instant still meet
     * the primary key, and the loser's exception tells it so.
     */
    public boolean claimRun(java.time.LocalDate day, Instant at) {
        return em.createNativeQuery(CLAIM)
                        .setParameter(1, day)
                        .setParameter(2, at)
                        .executeUpdate()
                == 1;
    }

    public void finishRun(java.time.LocalDate day, int stored, Instant at) {
        em.createNativeQuery("UPDATE match_run SET finished_at = ?1, stored = ?2 WHERE run_day = ?3")
                .setParameter(1, at)
                .setParameter(2, stored)
                .setParameter(3, day)
                .executeUpdate();
    }

    /** Replaces the matches of these organisations; returns how many matches were stored. */
    public int matchChunk(List<Long> organisationIds, List<ProgramDefinition> programs, Instant now) {
        if (organisationIds.isEmpty()) {
            return 0;
        }
        Map<Long, Organisation> organisations = em.createQuery(
                        "SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class)
                .setParameter("ids", organisationIds)
                .getResultStream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        // members come in the same query, not one query per profile
        Map<Long, OrganisationProfile> profiles = em.createQuery(
                        "SELECT DISTINCT p FROM OrganisationProfile p LEFT JOIN FETCH p.members"
                                + " WHERE p.organisationId IN :ids",
                        OrganisationProfile.class)
                .setParameter("ids", organisationIds)
                .getResultStream()
                .collect(Collectors.toMap(OrganisationProfile::organisationId, Function.identity()));
        Set<String> noticed = new HashSet<>(em.createQuery(
                        "SELECT CONCAT(n.organisationId, ' ', n.programCode, ' ', n.programVersion)"
                                + " FROM MatchNotice n WHERE n.organisationId IN :ids",
                        String.class)
                .setParameter("ids", organisationIds)
                .getResultList());
        em.createQuery("DELETE FROM ProgramMatch m WHERE m.organisationId IN :ids")
                .setParameter("ids", organisationIds)
                .executeUpdate();
        int stored = 0;
        for (Long id : organisationIds) {
            Organisation organisation = organisations.get(id);
            OrganisationProfile profile = profiles.get(id);
            if (organisation == null || profile == null || !MatchingService.matchable(organisation)) {
                continue;
            }
            Map<String, Object> facts = ProfileFact.of(profile);
            for (ProgramDefinition program : programs) {
                if (!program.openTo(organisation.kind())) {
                    continue;
                }
                Match match = Matcher.match(program, facts);
                em.persist(new ProgramMatch(id, match, now));
                stored++;
                String key = id + " " + program.code() + " " + program.version();
                if (match.verdict().shown() && noticed.add(key)) {
                    em.persist(new MatchNotice(id, program.code(), program.version(), now));
                    matched.fire(new ProgramMatched(id, program.code(), program.version(), match.verdict(), now));
                }
            }
        }
        return stored;
    }
}
