package cn.kaifeng.tfs.payment.service;

import cn.kaifeng.tfs.agreement.service.TrancheMatured;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.payment.domain.PaymentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Turns a tranche that fell due into a payment request, in the transaction that made it due (so a request exists
 * exactly when the agreement's step committed). A tranche already requested is left as it is: the event fired again
 * (a retried step) must not pay twice, and the database's unique (application, tranche) backs this up.
 */
@ApplicationScoped
public class DueTranches {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    void due(@Observes TrancheMatured due) {
        boolean exists = !em.createQuery(
                        "SELECT p.id FROM PaymentRequest p WHERE p.applicationId = :app AND p.trancheNo = :no",
                        Long.class)
                .setParameter("app", due.applicationId())
                .setParameter("no", due.trancheNo())
                .getResultList()
                .isEmpty();
        if (exists) {
            return;
        }
        PaymentRequest request = new PaymentRequest(
                due.applicationId(),
                due.caseNumber(),
                due.programCode(),
                due.organisationId(),
                due.trancheNo(),
                due.amountFen(),
                due.purpose(),
                due.budgetLine(),
                due.secondApprovalAboveFen(),
                due.at());
        em.persist(request);
        em.flush();
        audit.record(
                due.actor(),
                "PAYMENT_REQUESTED",
                request.auditSubject(),
                null,
                due.caseNumber() + " #" + due.trancheNo() + " "
                        + request.amount().yuan().toPlainString());
    }
}
