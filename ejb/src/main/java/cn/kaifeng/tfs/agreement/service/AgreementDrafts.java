package cn.kaifeng.tfs.agreement.service;

import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.domain.Move;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.casefile.service.CaseMoved;
import cn.kaifeng.tfs.casefile.service.Timeline;
import cn.kaifeng.tfs.letter.domain.Letter;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Drafts the agreement of an award when its approval letter is issued, in the letter's transaction. The letter, not
 * the approval, is the decision the recipient holds: the agreement cites its 文号, and before it the recipient has
 * been told nothing it could sign up to. Programs without an agreement template (loan eligibility, recognition) and
 * approvals without an amount get none.
 */
@ApplicationScoped
public class AgreementDrafts {

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private AuditLog audit;

    void moved(@Observes CaseMoved moved) {
        if (!Move.ISSUE_LETTER.name().equals(moved.step())
                || !ApplicationStatus.LETTER_ISSUED.name().equals(moved.status())) {
            return;
        }
        Application application = em.find(Application.class, moved.applicationId());
        ProgramDefinition program = applications.programOf(application);
        Money amount =
                application.decision() == null ? null : application.decision().decidedAmount();
        if (program.agreementTemplate().isEmpty() || amount == null || amount.isZero()) {
            return;
        }
        List<Letter> letters = em.createQuery(
                        "SELECT l FROM Letter l WHERE l.applicationId = :id AND l.kind = :kind AND l.revokedAt IS NULL"
                                + " ORDER BY l.issuedAt DESC",
                        Letter.class)
                .setParameter("id", application.id())
                .setParameter("kind", LetterKind.APPROVAL)
                .getResultList();
        if (letters.isEmpty()
                || !em.createQuery("SELECT a.id FROM Agreement a WHERE a.applicationId = :id", Long.class)
                        .setParameter("id", application.id())
                        .getResultList()
                        .isEmpty()) {
            return; // a rejection's letter, or an agreement drafted before: one agreement per award
        }
        Agreement agreement = Agreement.draft(
                new Agreement.Award(
                        application.id(),
                        application.organisation().id(),
                        application.organisation().name(),
                        application.number(),
                        program.code(),
                        program.version(),
                        program.name().zh(),
                        letters.get(0).number(),
                        amount.fen()),
                program.agreementTemplate().get(),
                clock.instant());
        em.persist(agreement);
        audit.record(
                moved.actor(),
                "AGREEMENT_DRAFTED",
                Timeline.subject(application),
                null,
                program.label() + " amountFen=" + amount.fen());
    }
}
