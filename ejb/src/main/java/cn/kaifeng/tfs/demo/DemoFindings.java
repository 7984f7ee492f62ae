package cn.kaifeng.tfs.demo;

import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What each demo account will find, counted from the database (not written down), for the server log and the lines
 * {@code run-demo.sh} prints beside the logins: "demo.expert: 2 assignments waiting".
 */
final class DemoFindings {

    private final EntityManager em;

    DemoFindings(EntityManager em) {
        this.em = em;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(applicant("demo.applicant"));
        lines.add(applicant("demo.team"));
        Map<ApplicationStatus, Long> all =
                statuses("SELECT a.status, COUNT(a) FROM Application a GROUP BY a.status", null);
        lines.add("demo.reviewer: " + count(all, ApplicationStatus.SUBMITTED) + " submitted waiting for review, "
                + count(all, ApplicationStatus.FORMAL_REVIEW) + " in formal review, "
                + count(all, ApplicationStatus.EXPERT_REVIEW) + " with expert panels, "
                + count(all, ApplicationStatus.REVIEW_CONCLUDED) + " to propose, "
                + count(all, ApplicationStatus.PUBLIC_NOTICE) + " in public notice now, "
                + count(all, ApplicationStatus.OBJECTED) + " objected, "
                + count(all, ApplicationStatus.AWAITING_DECISION) + " awaiting a decision, "
                + count(all, ApplicationStatus.APPEALED) + " appeals to decide");
        lines.add("demo.reviewer2: " + count(all, ApplicationStatus.AWAITING_SECOND_APPROVAL)
                + " approvals waiting for a second reviewer");
        lines.add("demo.finance (and demo.reviewer2, both finance officers): "
                + single("SELECT COUNT(a) FROM Agreement a WHERE a.status = cn.kaifeng.tfs.agreement.domain"
                        + ".AgreementStatus.TARGETS_PROPOSED")
                + " agreements whose targets wait for the bureau, "
                + single("SELECT COUNT(p) FROM PaymentRequest p WHERE p.status <> cn.kaifeng.tfs.payment.domain"
                        + ".PaymentStatus.PAID")
                + " payment requests open, "
                + single("SELECT COUNT(f) FROM PaymentFile f") + " payment files, "
                + single("SELECT COUNT(o) FROM RecoveryOrder o") + " recovery orders, "
                + single("SELECT COUNT(c) FROM CreditRecord c") + " 失信 records");
        lines.add("demo.reviewer: after the award, "
                + single("SELECT COUNT(a) FROM Acceptance a") + " acceptances ("
                + single("SELECT COUNT(a) FROM Acceptance a WHERE a.status = cn.kaifeng.tfs.acceptance.domain"
                        + ".AcceptanceStatus.PASSED")
                + " passed), "
                + single("SELECT COUNT(s) FROM AcceptanceAssignment s WHERE s.submittedAt IS NULL")
                + " acceptance scores awaited from the experts, "
                + single("SELECT COUNT(r) FROM ProgressReport r WHERE r.status = cn.kaifeng.tfs.monitoring.domain"
                        + ".ReportStatus.SUBMITTED")
                + " progress reports to review, "
                + single("SELECT COUNT(c) FROM MidtermCheck c") + " mid-term checks");
        for (Object[] row : em.createQuery(
                        "SELECT p.expert, SUM(CASE WHEN p.submittedAt IS NULL AND (p.declaredConflict IS NULL"
                                + " OR p.declaredConflict = false) THEN 1 ELSE 0 END), SUM(CASE WHEN p.submittedAt"
                                + " IS NOT NULL THEN 1 ELSE 0 END) FROM PanelAssignment p GROUP BY p.expert"
                                + " ORDER BY p.expert",
                        Object[].class)
                .getResultList()) {
            lines.add(row[0] + ": " + row[1] + " assignments waiting, " + row[2] + " scored");
        }
        long consents = single("SELECT COUNT(c) FROM Consent c WHERE c.revokedAt IS NULL");
        long queries = single("SELECT COUNT(q) FROM BankQuery q");
        long loans = single("SELECT COUNT(r) FROM LoanReport r");
        long lists = single("SELECT COUNT(l) FROM EligibleList l");
        long covered = single("SELECT COUNT(c) FROM LoanCoverage c WHERE c.covered = true");
        long events = single("SELECT COUNT(e) FROM ReportedLoanEvent e");
        long bad = single("SELECT COUNT(c) FROM LoanCoverage c WHERE c.nonPerforming = true");
        lines.add("demo.bank: " + consents + " enterprises' authorisations, " + queries + " queries, " + loans
                + " loans reported (" + covered + " covered by the risk pool, " + bad + " non-performing), " + events
                + " loan events, " + lists + " eligible lists published");
        long claims = single("SELECT COUNT(c) FROM PoolClaim c WHERE c.state = cn.kaifeng.tfs.riskpool.domain"
                + ".ClaimState.SUBMITTED");
        lines.add("demo.reviewer: " + claims + " risk-pool claims (代偿) to review");
        long organisations = single("SELECT COUNT(o) FROM Organisation o");
        long applications = all.values().stream().mapToLong(Long::longValue).sum();
        long letters = single("SELECT COUNT(l) FROM Letter l");
        long revoked = single("SELECT COUNT(l) FROM Letter l WHERE l.revokedAt IS NOT NULL");
        lines.add("demo.admin: " + organisations + " organisations, " + applications + " applications, " + letters
                + " letters (" + revoked + " revoked)");
        return lines;
    }

    private String applicant(String username) {
        Map<ApplicationStatus, Long> mine = statuses(
                "SELECT a.status, COUNT(a) FROM Application a WHERE a.organisation.id = (SELECT u.organisation.id"
                        + " FROM UserAccount u WHERE u.username = :username) GROUP BY a.status",
                username);
        String each = mine.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase().replace('_', ' '))
                .collect(Collectors.joining(", "));
        return username + ": " + (mine.isEmpty() ? "no applications" : "applications: " + each);
    }

    private Map<ApplicationStatus, Long> statuses(String query, String username) {
        var q = em.createQuery(query, Object[].class);
        if (username != null) {
            q.setParameter("username", username);
        }
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (Object[] row : q.getResultList()) {
            counts.put((ApplicationStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static long count(Map<ApplicationStatus, Long> counts, ApplicationStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    private long single(String query) {
        return em.createQuery(query, Long.class).getSingleResult();
    }
}
