package cn.kaifeng.tfs.budget.infra;

import cn.kaifeng.tfs.shared.infra.NumberedMigration;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Migration 41: the ledger (migration 40) takes over what the database holds, so that an existing database is
 * consistent from the first day: a book for every budget, credited with its amount, and a commitment for every
 * award that is decided and stands (awaiting the second approval, approved, in an approval letter not revoked, or
 * under appeal of one), in the book of its program's year and round, as {@code AwardLedger} would have posted it.
 * Every posting is of kind TAKE_OVER. Java rather than SQL because the round of an application follows from the
 * rounds' closing days and the Beijing date of its submission, which the two databases cannot compute alike.
 *
 * <p>Decisions taken beyond their budget before the ledger (two approvals at the same moment could do it) are taken
 * over as they are: the book then shows less than nothing available, and nothing more can be committed in it.
 */
@Dependent
public class LedgerTakeOver extends NumberedMigration {

    private static final Logger LOG = Logger.getLogger(LedgerTakeOver.class);

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String BY = "take-over";

    /** A budget row: a round of a program's year. */
    private record Round(long budgetId, int round, LocalDate closesOn, long amountFen) {}

    /** A posting to write once its book is written. */
    private record Entry(long book, String debit, String credit, long fen, long source, Long award) {}

    /** A book being opened: its id and what is committed in it so far. */
    private static final class Opened {
        final long id;
        final long budgetFen;
        long committedFen;

        Opened(long id, long budgetFen) {
            this.id = id;
            this.budgetFen = budgetFen;
        }
    }

    public LedgerTakeOver() {
        super("41", "ledger take-over of budgets and decisions");
    }

    @Override
    public void migrate(org.flywaydb.core.api.migration.Context context) throws SQLException {
        Connection c = context.getConnection();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, List<Round>> plans = plans(c);
        Map<String, Opened> books = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<Round>> plan : plans.entrySet()) {
            for (Round r : plan.getValue()) {
                Opened book = new Opened(nextValue(c, "ledger_book_seq"), r.amountFen());
                books.put(plan.getKey() + "#" + r.round(), book);
                entries.add(new Entry(book.id, "AVAILABLE", "BUDGET", r.amountFen(), r.budgetId(), null));
            }
        }
        int awards = 0;
        try (PreparedStatement q = c.prepareStatement("SELECT a.id, a.program_code, a.submitted_at, a.decided_amount"
                        + " FROM application a WHERE a.decided_amount > 0 AND a.submitted_at IS NOT NULL"
                        + " AND (a.status IN ('AWAITING_SECOND_APPROVAL', 'APPROVED') OR (a.status IN ('LETTER_ISSUED',"
                        + " 'APPEALED') AND EXISTS (SELECT 1 FROM letter l WHERE l.application_id = a.id"
                        + " AND l.kind = 'APPROVAL' AND l.revoked_at IS NULL))) ORDER BY a.id");
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                LocalDate submitted = r.getObject(3, OffsetDateTime.class)
                        .atZoneSameInstant(CHINA)
                        .toLocalDate();
                String key = r.getString(2) + "#" + submitted.getYear();
                Round round = roundOf(plans.get(key), submitted);
                if (round == null) {
                    continue; // no budget for its year or round: nothing to commit against, as AwardLedger does
                }
                Opened book = books.get(key + "#" + round.round());
                long fen = r.getBigDecimal(4).movePointRight(2).longValueExact();
                long award = r.getLong(1);
                entries.add(new Entry(book.id, "COMMITTED", "AVAILABLE", fen, award, award));
                book.committedFen += fen;
                awards++;
            }
        }
        openBooks(c, books);
        write(c, entries, now);
        LOG.infof("Ledger: %d book(s) and %d decided award(s) taken over", books.size(), awards);
    }

    /** The budgets by program and year ("CODE#2026"), their rounds in order. */
    private static Map<String, List<Round>> plans(Connection c) throws SQLException {
        Map<String, List<Round>> plans = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, program_code, budget_year, round_no, closes_on, amount_fen"
                        + " FROM budget ORDER BY program_code, budget_year, round_no")) {
            while (r.next()) {
                plans.computeIfAbsent(r.getString(2) + "#" + r.getInt(3), k -> new ArrayList<>())
                        .add(new Round(r.getLong(1), r.getInt(4), r.getObject(5, LocalDate.class), r.getLong(6)));
            }
        }
        return plans;
    }

    /** The round an application submitted on that day falls in, as {@code BudgetPlan.forSubmission} decides. */
    private static Round roundOf(List<Round> plan, LocalDate submittedOn) {
        if (plan == null) {
            return null;
        }
        return plan.stream()
                .filter(r -> r.round() == 0 || !r.closesOn().isBefore(submittedOn))
                .findFirst()
                .orElse(null);
    }

    private static void openBooks(Connection c, Map<String, Opened> books) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_book (id, program_code, budget_year,"
                + " round_no, budget_fen, committed_fen, paid_fen, recovered_fen, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0)")) {
            for (Map.Entry<String, Opened> e : books.entrySet()) {
                String[] key = e.getKey().split("#");
                insert.setLong(1, e.getValue().id);
                insert.setString(2, key[0]);
                insert.setInt(3, Integer.parseInt(key[1]));
                insert.setInt(4, Integer.parseInt(key[2]));
                insert.setLong(5, e.getValue().budgetFen);
                insert.setLong(6, e.getValue().committedFen);
                insert.executeUpdate();
                if (e.getValue().committedFen > e.getValue().budgetFen) {
                    LOG.warnf("Ledger: %s was decided beyond its budget before the ledger", e.getKey());
                }
            }
        }
    }

    /** The postings, each with an id drawn from the sequence Hibernate draws from, so none can collide later. */
    private static void write(Connection c, List<Entry> entries, OffsetDateTime at) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_posting (id, book_id, debit_account,"
                + " credit_account, amount_fen, source_kind, source_id, award_id, posted_by, posted_at)"
                + " VALUES (?, ?, ?, ?, ?, 'TAKE_OVER', ?, ?, ?, ?)")) {
            for (Entry e : entries) {
                insert.setLong(1, nextValue(c, "ledger_posting_seq"));
                insert.setLong(2, e.book());
                insert.setString(3, e.debit());
                insert.setString(4, e.credit());
                insert.setLong(5, e.fen());
                insert.setLong(6, e.source());
                if (e.award() == null) {
                    insert.setNull(7, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(7, e.award());
                }
                insert.setString(8, BY);
                insert.setObject(9, at);
                insert.executeUpdate();
            }
        }
    }
}
