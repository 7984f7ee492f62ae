package cn.kaifeng.tfs.budget.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.budget.domain.ExecutionTable;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.ledger.domain.Account;
import cn.kaifeng.tfs.ledger.domain.Book;
import cn.kaifeng.tfs.ledger.service.Bookkeeper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 预算执行 per program, district and budget year, for reviewers: the programs' budgets from their books and the award
 * figures from the ledger's postings, each award filed under the district its application was filed under at
 * submission (the organisation's district then, {@code application.district}, as the review queue files it). Read
 * in the database in one grouped query per year; exact, in fen.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BudgetExecutionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private Bookkeeper bookkeeper;

    /** The table of a year, filtered by program and district when they are given (null: all). */
    public ExecutionTable table(String reviewer, int year, String program, String district) {
        applications.requireRole(reviewer, Role.REVIEWER);
        List<ExecutionTable.ProgramBudget> budgets = new ArrayList<>();
        for (Book book : bookkeeper.ofYear(year)) {
            budgets.add(new ExecutionTable.ProgramBudget(
                    book.programCode(), book.budgetYear(), Math.abs(book.balanceOf(Account.BUDGET))));
        }
        List<Object[]> grouped = em.createQuery(
                        "SELECT b.programCode, b.budgetYear, a.district, p.debit, p.credit, SUM(p.amountFen)"
                                + " FROM Posting p, Book b, Application a"
                                + " WHERE p.bookId = b.id AND p.awardId = a.id AND b.budgetYear = :year"
                                + " GROUP BY b.programCode, b.budgetYear, a.district, p.debit, p.credit",
                        Object[].class)
                .setParameter("year", year)
                .getResultList();
        // debits less credits per account, folded per program, year and district
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        for (Object[] r : grouped) {
            long[] s = sums.computeIfAbsent(java.util.Arrays.asList(r[0], r[1], r[2]), k -> new long[3]);
            Account debit = (Account) r[3];
            Account credit = (Account) r[4];
            long fen = ((Number) r[5]).longValue();
            s[0] += effect(Account.COMMITTED, debit, credit, fen);
            s[1] += effect(Account.PAID, debit, credit, fen);
            s[2] += effect(Account.RECOVERED, debit, credit, fen);
        }
        List<ExecutionTable.DistrictFigures> figures = new ArrayList<>();
        sums.forEach((k, s) -> figures.add(new ExecutionTable.DistrictFigures(
                (String) k.get(0), ((Number) k.get(1)).intValue(), (String) k.get(2), s[0], s[1], s[2])));
        return ExecutionTable.of(budgets, figures, blankToNull(program), blankToNull(district));
    }

    private static long effect(Account account, Account debit, Account credit, long fen) {
        return (account == debit ? fen : 0) - (account == credit ? fen : 0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
