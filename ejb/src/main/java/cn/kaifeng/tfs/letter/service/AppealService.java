package cn.kaifeng.tfs.letter.service;

import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.Move;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.letter.domain.AppealWindow;
import cn.kaifeng.tfs.letter.domain.Letter;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Appeals (复核) against a rejection: the applicant asks with a reason while the program's appeal days run; a
 * reviewer then either upholds the decision (the letter stands) or reopens the case, which revokes the letter so
 * banks and the public verification page no longer take it as the decision, and sends the application back to
 * review. Each step is on the timeline and the audit trail; the revocation is audited by {@link LetterService}.
 */
@ApplicationScoped
@Transactional
public class AppealService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private LetterService letters;

    /** The letter in force for an application: its latest one that is not revoked, or null. */
    public Letter current(long applicationId) {
        List<Letter> found = em.createQuery(
                        "SELECT l FROM Letter l WHERE l.applicationId = :id AND l.revokedAt IS NULL"
                                + " ORDER BY l.issuedAt DESC, l.id DESC",
                        Letter.class)
                .setParameter("id", applicationId)
                .setMaxResults(1)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The last day the applicant may appeal, or null when there is nothing to appeal or the program takes none. */
    public LocalDate lastDay(Application application) {
        Letter current = current(application.id());
        int days = applications.programOf(application).reviewPath().appealDays();
        return AppealWindow.open(current, days, clock.instant())
                ? AppealWindow.lastDay(current.issuedAt(), days)
                : null;
    }

    /** The applicant asks for a review of its rejection. */
    public Application appeal(String username, long applicationId, String reason) {
        Application application = applications.lockMine(username, applicationId);
        AppealWindow.check(
                current(applicationId),
                applications.programOf(application).reviewPath().appealDays(),
                reason,
                clock.instant());
        return applications.step(application, username, Move.APPEAL, reason.strip());
    }

    /** A reviewer upholds the decision: the letter stands and the case is closed again. */
    public Application dismiss(String reviewer, long applicationId, long seenVersion, String reason) {
        String given = requireReason(reason);
        return applications.step(
                applications.lockForReview(reviewer, applicationId, seenVersion), reviewer, Move.DISMISS_APPEAL, given);
    }

    /**
     * A reviewer reopens the case: the letter in force is revoked (the decision it states no longer holds) and the
     * application goes back to review, to be decided and lettered anew.
     */
    public Application reopen(String reviewer, long applicationId, long seenVersion, String reason) {
        String given = requireReason(reason);
        Application application = applications.lockForReview(reviewer, applicationId, seenVersion);
        applications.step(application, reviewer, Move.REOPEN, given);
        Letter current = current(applicationId);
        if (current != null) {
            // the letter's reason column holds 1000 characters; the whole reason is on the timeline
            String why = "复核后重新审查：" + given;
            letters.revoke(reviewer, current.id(), why.length() <= 1000 ? why : why.substring(0, 999) + "…");
        }
        return application;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("review.reasonRequired");
        }
        if (reason.strip().length() > AppealWindow.MAX_REASON) {
            throw new DomainException("appeal.reasonTooLong", AppealWindow.MAX_REASON);
        }
        return reason.strip();
    }
}
