package cn.kaifeng.tfs.privacy.service;

import cn.kaifeng.tfs.account.service.LoginBackoffService;
import cn.kaifeng.tfs.attachment.service.AttachmentService;
import cn.kaifeng.tfs.audit.domain.AuditRecord;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.audit.service.AuditService;
import cn.kaifeng.tfs.privacy.domain.DataClass;
import cn.kaifeng.tfs.privacy.domain.RetentionPolicy;
import cn.kaifeng.tfs.privacy.domain.RetentionRule;
import cn.kaifeng.tfs.verification.service.ClaimService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies the retention rules ({@link RetentionPolicy}) to what is stored, in one transaction, and records what it
 * removed in the audit trail. Doing it twice (two cluster nodes, or a person and the schedule) removes nothing more.
 */
@ApplicationScoped
@Transactional
public class RetentionService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    /** At most this many drafts are removed in one run; the rest wait for the next one. */
    static final int MAX_DRAFTS = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AttachmentService attachments;

    @Inject
    private LoginBackoffService logins;

    @Inject
    private ClaimService claims;

    @Inject
    private AuditLog audit;

    @Inject
    private AuditService trail;

    /**
     * What each rule removed or erased now, by class. A run that removed nothing is recorded only when a person
     * asked for it, so that the scheduled runs of idle days do not fill the trail.
     */
    public Map<DataClass, Integer> apply(String actor, boolean byPerson) {
        Instant now = clock.instant();
        Map<DataClass, Integer> done = new EnumMap<>(DataClass.class);
        for (RetentionRule rule : RetentionPolicy.RULES) {
            rule.cutOff(now).ifPresent(cutOff -> done.put(rule.dataClass(), apply(rule.dataClass(), at(cutOff))));
        }
        int total = done.values().stream().mapToInt(Integer::intValue).sum();
        if (total > 0 || byPerson) {
            audit.record(actor, "RETENTION_APPLIED", "retention", null, summary(done));
        }
        return done;
    }

    /** The latest runs recorded, newest first: when, by whom, what. */
    public List<AuditRecord> latestRuns(int max) {
        List<AuditRecord> runs = new ArrayList<>(trail.of("retention"));
        java.util.Collections.reverse(runs);
        return runs.subList(0, Math.min(max, runs.size()));
    }

    private int apply(DataClass dataClass, OffsetDateTime cutOff) {
        return switch (dataClass) {
            case UNSUBMITTED_DRAFTS -> abandonedDrafts(cutOff);
            case OBJECTOR_CONTACTS ->
                em.createNativeQuery("UPDATE objection SET contact = NULL"
                                + " WHERE contact IS NOT NULL AND resolved_at < ?1")
                        .setParameter(1, cutOff)
                        .executeUpdate();
            case NOTIFICATIONS ->
                em.createNativeQuery("DELETE FROM notification WHERE created_at < ?1")
                        .setParameter(1, cutOff)
                        .executeUpdate();
            case BANK_QUERIES ->
                em.createNativeQuery("DELETE FROM bank_query WHERE asked_at < ?1")
                        .setParameter(1, cutOff)
                        .executeUpdate();
            case REJECTED_CLAIM_DOCUMENTS -> claims.deleteDocumentsRejectedBefore(cutOff.toInstant());
            case FAILED_LOGINS -> logins.forgetOld();
            case CASE_FILES, AUDIT_TRAIL -> 0;
        };
    }

    /**
     * Drafts never submitted (no number) and untouched since the cut-off: their files, timeline and notifications
     * go with them. Nothing else refers to a draft: panels, notices, letters and revisions begin at submission.
     */
    private int abandonedDrafts(OffsetDateTime cutOff) {
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("SELECT id FROM application"
                        + " WHERE status = 'DRAFT' AND number IS NULL AND updated_at < ?1 ORDER BY id")
                .setParameter(1, cutOff)
                .setMaxResults(MAX_DRAFTS)
                .getResultList();
        List<Long> ids = found.stream().map(Number::longValue).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        attachments.deleteAllOf(ids);
        for (String table : List.of("application_event", "notification")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE application_id IN (:ids)")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        return em.createNativeQuery("DELETE FROM application WHERE id IN (:ids)")
                .setParameter("ids", ids)
                .executeUpdate();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** What a run did, as the audit trail keeps it: "UNSUBMITTED_DRAFTS=2 OBJECTOR_CONTACTS=0 …". */
    public static String summary(Map<DataClass, Integer> done) {
        return done.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
