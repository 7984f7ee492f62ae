package cn.kaifeng.tfs.riskpool.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.bank.domain.LoanReport;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.riskpool.domain.LoanCoverage;
import cn.kaifeng.tfs.riskpool.domain.LoanLife;
import cn.kaifeng.tfs.riskpool.domain.PoolAccount;
import cn.kaifeng.tfs.riskpool.domain.PoolAgreement;
import cn.kaifeng.tfs.riskpool.domain.PoolBank;
import cn.kaifeng.tfs.riskpool.domain.PoolMoney;
import cn.kaifeng.tfs.riskpool.domain.PoolStanding;
import cn.kaifeng.tfs.riskpool.domain.PoolVersion;
import cn.kaifeng.tfs.riskpool.domain.ReportedLoanEvent;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.SpreadsheetText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pool as each party sees it, read only: the bureau (reviewers and administrators) every pool's standing
 * ({@link PoolStanding}); a bank its own loans with their coverage, life and events; an enterprise the loans banks
 * reported about it. Each method checks who asks; someone of another kind is told nothing exists.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PoolViewService {

    /** How many loans a bank's or an enterprise's page shows, newest first. */
    public static final int MAX_LOANS = 200;

    /** A pool's standing with the names of its banks (by credit code; a bank outside the agreement by its own). */
    public record PoolRow(
            PoolAgreement agreement, PoolStanding.Standing standing, PoolMoney money, Map<String, String> bankNames) {

        public String bankName(String creditCode) {
            return bankNames.getOrDefault(creditCode, creditCode);
        }
    }

    /** One loan with what the pool decided and where its life stands; {@code coverage} empty without a pool. */
    public record LoanRow(
            LoanReport report,
            String bankName,
            String enterpriseName,
            LoanLife life,
            List<ReportedLoanEvent> events,
            Optional<LoanCoverage> coverage) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PoolCatalog catalog;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    @Inject
    private PoolLedger ledger;

    /** Every pool, under the version in force today (else its latest), with all loans decided under any version. */
    public List<PoolRow> bureau(String username) {
        requireBureau(username);
        Map<String, Long> current = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(cn.kaifeng.tfs.bank.domain.EligibilityJudge.ZONE));
        for (PoolVersion v : em.createQuery(
                        "SELECT v FROM PoolVersion v ORDER BY v.poolCode, v.version", PoolVersion.class)
                .getResultList()) {
            PoolAgreement a = catalog.version(v.id()).agreement();
            Long chosen = current.get(v.poolCode());
            if (chosen == null
                    || a.inForceOn(today)
                    || !catalog.version(chosen).agreement().inForceOn(today)) {
                current.put(v.poolCode(), v.id());
            }
        }
        List<PoolRow> rows = new ArrayList<>();
        for (Long versionId : current.values()) {
            PoolAgreement agreement = catalog.version(versionId).agreement();
            List<Object[]> coverage = em.createQuery(
                            "SELECT o.creditCode, o.name, c.covered, c.coveredBalanceFen, c.nonPerforming"
                                    + " FROM LoanCoverage c, PoolVersion v, Organisation o"
                                    + " WHERE c.poolVersionId = v.id AND v.poolCode = :code AND o.id = c.bankId"
                                    + " ORDER BY c.loanReportId",
                            Object[].class)
                    .setParameter("code", agreement.code())
                    .getResultList();
            Map<String, String> names = new HashMap<>();
            List<PoolStanding.CoveredLoan> loans = new ArrayList<>();
            for (Object[] c : coverage) {
                String code = String.valueOf(c[0]);
                names.putIfAbsent(code, (String) c[1]);
                loans.add(new PoolStanding.CoveredLoan(
                        code, (Boolean) c[2], ((Number) c[3]).longValue(), (Boolean) c[4]));
            }
            List<String> parties = agreement.banks().stream()
                    .map(b -> b.creditCode().toString())
                    .toList();
            for (PoolBank b : agreement.banks()) {
                names.put(b.creditCode().toString(), b.name().zh());
            }
            Map<PoolAccount, Long> balances = new EnumMap<>(PoolAccount.class);
            for (PoolAccount account : PoolAccount.values()) {
                balances.put(account, ledger.balance(agreement.code(), account));
            }
            rows.add(new PoolRow(
                    agreement, PoolStanding.of(agreement, parties, loans), PoolMoney.of(balances), Map.copyOf(names)));
        }
        return rows;
    }

    /** The bureau's figures as CSV (UTF-8 with a byte order mark, names made inert for spreadsheets), one bank a line. */
    public byte[] bureauCsv(String username) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("pool,version,size_yuan,leverage,leverage_limit_yuan,pool_covered_yuan,leverage_used_percent,"
                + "npl_threshold_percent,pool_balance_yuan,claims_paid_yuan,recovered_after_claims_yuan,"
                + "bank_credit_code,bank,loans_covered,loans_refused,bank_covered_yuan,"
                + "bank_non_performing_yuan,bank_npl_percent,above_threshold\r\n");
        for (PoolRow row : bureau(username)) {
            PoolStanding.Standing s = row.standing();
            for (PoolStanding.BankStanding b : s.banks()) {
                csv.append(String.join(
                                ",",
                                SpreadsheetText.csvField(s.poolCode()),
                                String.valueOf(s.version()),
                                yuan(s.sizeFen()),
                                s.leverage().toPlainString(),
                                yuan(s.leverageLimitFen()),
                                yuan(s.coveredBalanceFen()),
                                s.leverageUsedPercent().toPlainString(),
                                s.nplThresholdPercent().toPlainString(),
                                yuan(row.money().balanceFen()),
                                yuan(row.money().claimsPaidFen()),
                                yuan(row.money().recoveredFen()),
                                SpreadsheetText.csvField(b.bank()),
                                SpreadsheetText.csvField(row.bankName(b.bank())),
                                String.valueOf(b.loansCovered()),
                                String.valueOf(b.loansRefused()),
                                yuan(b.coveredBalanceFen()),
                                yuan(b.nonPerformingFen()),
                                b.nplRatioPercent().toPlainString(),
                                String.valueOf(b.aboveThreshold())))
                        .append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The bank's own loans, newest first, with their coverage, life and events. */
    public List<LoanRow> bankLoans(long bankId) {
        List<LoanReport> reports = em.createQuery(
                        "SELECT r FROM LoanReport r WHERE r.bankId = :bank ORDER BY r.id DESC", LoanReport.class)
                .setParameter("bank", bankId)
                .setMaxResults(MAX_LOANS)
                .getResultList();
        return rows(reports);
    }

    /** The loans banks reported about the applicant's own organisation, newest first. */
    public List<LoanRow> enterpriseLoans(String username) {
        UserAccount account = accounts.findByUsername(username)
                .filter(a -> a.hasRole(Role.APPLICANT) && a.organisation() != null)
                .orElseThrow(() -> new DomainException("application.notFound"));
        List<LoanReport> reports = em.createQuery(
                        "SELECT r FROM LoanReport r WHERE r.enterpriseId = :org ORDER BY r.id DESC", LoanReport.class)
                .setParameter("org", account.organisation().id())
                .setMaxResults(MAX_LOANS)
                .getResultList();
        return rows(reports);
    }

    private List<LoanRow> rows(List<LoanReport> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        List<Long> ids = reports.stream().map(LoanReport::id).toList();
        Map<Long, List<ReportedLoanEvent>> events = em
                .createQuery(
                        "SELECT e FROM ReportedLoanEvent e WHERE e.loanReportId IN :ids ORDER BY e.id",
                        ReportedLoanEvent.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        ReportedLoanEvent::loanReportId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, LoanCoverage> coverage = byId(
                em.createQuery("SELECT c FROM LoanCoverage c WHERE c.loanReportId IN :ids", LoanCoverage.class)
                        .setParameter("ids", ids)
                        .getResultList(),
                LoanCoverage::loanReportId);
        List<Long> organisations = reports.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.bankId(), r.enterpriseId()))
                .distinct()
                .toList();
        Map<Long, String> names = em
                .createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class)
                .setParameter("ids", organisations)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        List<LoanRow> rows = new ArrayList<>();
        for (LoanReport r : reports) {
            List<ReportedLoanEvent> own = events.getOrDefault(r.id(), List.of());
            LoanLife life = new LoanLife(r.amount().fen(), r.grantedOn());
            // each stored event was checked when it was reported; it fitted then and fits now
            own.forEach(e -> life.apply(e.event(), LocalDate.MAX));
            rows.add(new LoanRow(
                    r,
                    names.get(r.bankId()),
                    names.get(r.enterpriseId()),
                    life,
                    own,
                    Optional.ofNullable(coverage.get(r.id()))));
        }
        return rows;
    }

    private void requireBureau(String username) {
        if (accounts.findByUsername(username)
                .filter(a -> a.hasRole(Role.REVIEWER) || a.hasRole(Role.ADMIN))
                .isEmpty()) {
            throw new DomainException("application.notFound");
        }
    }

    private static <T> Map<Long, T> byId(Collection<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
