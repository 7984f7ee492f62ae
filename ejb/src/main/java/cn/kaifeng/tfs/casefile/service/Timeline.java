package cn.kaifeng.tfs.casefile.service;

import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationEvent;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.domain.Move;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes what happens to applications into their timeline and the audit trail, and announces every step
 * ({@link CaseMoved}) for the features that act on it, such as the applicant's notifications. Every service that
 * moves an application records the step here, so no change goes untold.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Timeline {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<CaseMoved> moves;

    @Inject
    private AuditLog audit;

    public void created(Application application, String actor) {
        em.persist(ApplicationEvent.created(application.id(), actor, clock.instant()));
        audit.record(actor, "APPLICATION_CREATED", subject(application), null, application.programCode());
    }

    public void rescored(Application application, String actor, String note) {
        em.persist(ApplicationEvent.rescored(application.id(), actor, clock.instant(), note));
        audit.record(actor, "APPLICATION_RESCORED", subject(application), null, note);
    }

    /** How audit records name an application. */
    public static String subject(Application application) {
        return "application:" + application.id();
    }

    /** The application took {@code move} from {@code before} to its current state. */
    public void moved(Application application, Move move, ApplicationStatus before, String actor, String note) {
        Instant now = clock.instant();
        em.persist(ApplicationEvent.moved(application.id(), move, before, application.status(), actor, now, note));
        moves.fire(new CaseMoved(
                application.id(),
                application.organisation().id(),
                move.name(),
                application.status().name(),
                actor,
                now));
        audit.record(
                actor,
                "APPLICATION_" + move.name(),
                subject(application),
                before.name(),
                application.status().name() + (note == null ? "" : "\n" + note));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApplicationEvent> of(long applicationId) {
        return em.createQuery(
                        "SELECT e FROM ApplicationEvent e WHERE e.applicationId = :id ORDER BY e.at, e.id",
                        ApplicationEvent.class)
                .setParameter("id", applicationId)
                .getResultList();
    }
}
