package cn.kaifeng.tfs.riskpool.service;

import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.bank.domain.BankQuery;
import cn.kaifeng.tfs.bank.domain.EligibilityJudge;
import cn.kaifeng.tfs.bank.domain.LoanReport;
import cn.kaifeng.tfs.bank.domain.QuerySubject;
import cn.kaifeng.tfs.bank.service.LoanReported;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.riskpool.domain.Coverage;
import cn.kaifeng.tfs.riskpool.domain.LoanCoverage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Decides each reported loan's coverage in the report's own transaction, so a report and its decision are committed
 * together. The pool's versions are locked first, so two loans reported at once on two nodes are checked one after
 * the other against the leverage and the caps. The proof of eligibility is the bank's own query log: the ELIGIBLE
 * answers about the enterprise it was given in the agreement's days before the grant.
 */
@ApplicationScoped
public class LoanCoverages {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PoolCatalog catalog;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    void decide(@Observes LoanReported reported) {
        LoanReport report = em.find(LoanReport.class, reported.loanReportId());
        Optional<PoolCatalog.Stored> deciding = catalog.deciding(report.programCode(), report.grantedOn());
        if (deciding.isEmpty()) {
            return; // no pool covers the program: nothing to decide
        }
        PoolCatalog.Stored pool = deciding.get();
        catalog.lock(pool.agreement().code());
        Organisation bank = em.find(Organisation.class, report.bankId());
        Organisation enterprise = em.find(Organisation.class, report.enterpriseId());
        Coverage.Loan loan = new Coverage.Loan(
                bank.creditCode(),
                report.programCode(),
                enterprise.creditCode(),
                report.amount().fen(),
                report.grantedOn());
        Coverage.Decision decision = Coverage.decide(
                pool.agreement(),
                loan,
                exposure(pool.agreement().code(), report.bankId()),
                proofs(report.bankId(), enterprise.creditCode().toString(), report.grantedOn(), pool));
        em.persist(new LoanCoverage(
                report.id(),
                pool.versionId(),
                report.bankId(),
                decision,
                report.amount().fen(),
                clock.instant()));
        audit.record(
                report.reportedBy(),
                decision.covered() ? "LOAN_COVERED" : "LOAN_NOT_COVERED",
                "loan:" + report.id(),
                null,
                pool.agreement().label() + (decision.covered() ? "" : " " + decision.refusal()));
    }

    /** What the pool (every version of it) covers now, and the bank's part, in fen. */
    Coverage.Exposure exposure(String poolCode, long bankId) {
        Object[] sums = em.createQuery(
                        "SELECT COALESCE(SUM(c.coveredBalanceFen), 0),"
                                + " COALESCE(SUM(CASE WHEN c.bankId = :bank THEN c.coveredBalanceFen ELSE 0 END), 0),"
                                + " COALESCE(SUM(CASE WHEN c.bankId = :bank AND c.nonPerforming = true"
                                + " THEN c.coveredBalanceFen ELSE 0 END), 0)"
                                + " FROM LoanCoverage c, PoolVersion v"
                                + " WHERE c.poolVersionId = v.id AND v.poolCode = :code AND c.covered = true",
                        Object[].class)
                .setParameter("bank", bankId)
                .setParameter("code", poolCode)
                .getSingleResult();
        return new Coverage.Exposure(
                ((Number) sums[0]).longValue(), ((Number) sums[1]).longValue(), ((Number) sums[2]).longValue());
    }

    private List<Coverage.EligibilityProof> proofs(
            long bankId, String creditCode, LocalDate grantedOn, PoolCatalog.Stored pool) {
        Instant from = grantedOn
                .minusDays(pool.agreement().eligibilityDays())
                .atStartOfDay(EligibilityJudge.ZONE)
                .toInstant();
        Instant until =
                grantedOn.plusDays(1).atStartOfDay(EligibilityJudge.ZONE).toInstant();
        return em
                .createQuery(
                        "SELECT q FROM BankQuery q WHERE q.bankId = :bank AND q.subject = :subject"
                                + " AND q.askedAbout = :code AND q.askedAt >= :from AND q.askedAt < :until",
                        BankQuery.class)
                .setParameter("bank", bankId)
                .setParameter("subject", QuerySubject.ELIGIBILITY)
                .setParameter("code", creditCode)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList()
                .stream()
                .map(q -> new Coverage.EligibilityProof(
                        q.askedAt().atZone(EligibilityJudge.ZONE).toLocalDate(), q.result()))
                .toList();
    }
}
