package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.bank.domain.EligibilityStatus;
import cn.kaifeng.tfs.bank.domain.QuerySubject;
import cn.kaifeng.tfs.bank.domain.Reason;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bureau's view of the bank face: who asked how much and with what answers, and per program how many
 * enterprises are eligible, how many have been granted a loan, and how much credit was reported.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BankDashboardService {

    /** Queries of one bank. */
    public record BankRow(
            String bank, long queries, long eligible, long noAuthorisation, long limited, long letters, Instant last) {}

    /** One program: enterprises on its latest list, enterprises with a reported loan, loans and their total. */
    public record ProgramRow(
            String programCode, String programName, long listed, long granted, long loans, Money credit) {}

    /** The bank's own query history, newest first. */
    public record QueryRow(
            Instant askedAt,
            String askedBy,
            String channel,
            String subject,
            String askedAbout,
            String purpose,
            String result) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EligibleListService eligibleLists;

    public List<BankRow> byBank() {
        List<Object[]> rows = em.createQuery(
                        "SELECT o.name, COUNT(q),"
                                + " SUM(CASE WHEN q.result = :eligible THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN q.result = :none THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN q.result = :limited THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN q.subject = :letter THEN 1 ELSE 0 END),"
                                + " MAX(q.askedAt)"
                                + " FROM BankQuery q, Organisation o WHERE o.id = q.bankId"
                                + " GROUP BY o.name ORDER BY COUNT(q) DESC",
                        Object[].class)
                .setParameter("eligible", EligibilityStatus.ELIGIBLE.name())
                .setParameter("none", Reason.NO_AUTHORISATION.name())
                .setParameter("limited", QueryLogWriter.RATE_LIMITED)
                .setParameter("letter", QuerySubject.LETTER)
                .getResultList();
        return rows.stream()
                .map(r -> new BankRow(
                        (String) r[0],
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue(),
                        (Instant) r[6]))
                .toList();
    }

    public List<ProgramRow> byProgram() {
        Map<String, Long> listed = new HashMap<>();
        for (EligibleListService.Summary s : eligibleLists.latest()) {
            listed.put(s.programCode(), (long) s.entries());
        }
        Map<String, Object[]> loans = new HashMap<>();
        for (Object[] r : em.createQuery(
                        "SELECT r.programCode, COUNT(DISTINCT r.enterpriseId), COUNT(r), SUM(r.amount)"
                                + " FROM LoanReport r GROUP BY r.programCode",
                        Object[].class)
                .getResultList()) {
            loans.put((String) r[0], r);
        }
        List<ProgramRow> rows = new ArrayList<>();
        for (var p : eligibleLists.programs()) {
            Object[] l = loans.get(p.code());
            rows.add(new ProgramRow(
                    p.code(),
                    p.name().zh(),
                    listed.getOrDefault(p.code(), 0L),
                    l == null ? 0 : ((Number) l[1]).longValue(),
                    l == null ? 0 : ((Number) l[2]).longValue(),
                    l == null || l[3] == null ? Money.ZERO : money(l[3])));
        }
        return rows;
    }

    /** Approval letters in force, for comparison with the lists: issued but not yet published shows here. */
    public long approvalsIssued() {
        return em.createQuery(
                        "SELECT COUNT(l) FROM Letter l WHERE l.kind = :approval AND l.revokedAt IS NULL", Long.class)
                .setParameter("approval", LetterKind.APPROVAL)
                .getSingleResult();
    }

    /** One bank's own queries: a bank never sees another's. */
    public List<QueryRow> queriesOf(long bankId, int max) {
        return em
                .createQuery(
                        "SELECT q FROM BankQuery q WHERE q.bankId = :bank ORDER BY q.id DESC",
                        cn.kaifeng.tfs.bank.domain.BankQuery.class)
                .setParameter("bank", bankId)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(q -> new QueryRow(
                        q.askedAt(),
                        q.askedBy(),
                        q.channel().name(),
                        q.subject().name(),
                        q.askedAbout(),
                        q.purpose().name(),
                        q.result()))
                .toList();
    }

    private static Money money(Object sum) {
        return sum instanceof Money m ? m : Money.ofYuan((BigDecimal) sum);
    }
}
