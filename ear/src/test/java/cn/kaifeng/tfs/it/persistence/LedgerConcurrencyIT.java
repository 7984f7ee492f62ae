package cn.kaifeng.tfs.it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.ledger.domain.Account;
import cn.kaifeng.tfs.ledger.domain.Balances;
import cn.kaifeng.tfs.ledger.domain.Book;
import cn.kaifeng.tfs.ledger.domain.Posting;
import cn.kaifeng.tfs.ledger.service.Bookkeeper;
import jakarta.ejb.EJB;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ledger against the real database (H2, and PostgreSQL in the second CI run): many approvers committing against
 * one book at the same moment, each in a transaction of its own as on separate cluster nodes, never take more than
 * the budget, and the book they leave equals the fold of its postings. The probe uses the application's own
 * {@link Bookkeeper} and book rules through a unit over the same data source, so the row lock under test is the
 * database's. Also: every budget the database holds (the demo's, other tests', and those taken over by migration 41)
 * has a book that agrees with it.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerConcurrencyIT {

    private static final int YEAR = 2030;
    private static final int THREADS = 8;
    private static final int COMMITS_PER_THREAD = 15;

    @Deployment(name = "probe")
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "ledger-probe.war")
                .addPackage(Book.class.getPackage())
                .addClasses(
                        Bookkeeper.class,
                        LedgerProbe.class,
                        Probe.class,
                        cn.kaifeng.tfs.shared.domain.Money.class,
                        cn.kaifeng.tfs.shared.domain.DomainException.class,
                        cn.kaifeng.tfs.shared.domain.MessageKey.class)
                .addAsResource(
                        new File("target/test-classes/persistence-probe/persistence.xml"), "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @EJB
    private LedgerProbe ledger;

    @EJB
    private Probe probe;

    @Test
    @OperateOnDeployment("probe")
    void concurrentCommitsNeverExceedTheBudgetAndThePostingsBalance() throws Exception {
        String program = "IT-LEDGER-"
                + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        long budget = 100_000_00L; // 100,000 yuan
        ledger.open(program, YEAR, budget);
        // 120 commits of 1,500 to 2,499 yuan ask about twice the budget; some awards are released meanwhile
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<long[]>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    long granted = 0;
                    long count = 0;
                    long released = 0;
                    for (int i = 0; i < COMMITS_PER_THREAD; i++) {
                        long award = 1_000_000L * (thread + 1) + i;
                        long fen = ThreadLocalRandom.current().nextLong(1_500_00L, 2_500_00L);
                        if (ledger.commit(program, YEAR, award, fen)) {
                            count++;
                            if (i % 5 == 4 && ledger.release(award)) {
                                released++; // a second reviewer declines: the amount goes back
                            } else {
                                granted += fen;
                            }
                        }
                    }
                    return new long[] {granted, count, released};
                }));
            }
            start.countDown();
            long granted = 0;
            long committedCount = 0;
            long releasedCount = 0;
            for (Future<long[]> f : results) {
                long[] r = f.get(5, TimeUnit.MINUTES);
                granted += r[0];
                committedCount += r[1];
                releasedCount += r[2];
            }
            long committed = granted;
            long commits = committedCount;
            long releases = releasedCount;
            probe.inTransaction(em -> {
                Book book = em.createQuery("SELECT b FROM Book b WHERE b.programCode = :p", Book.class)
                        .setParameter("p", program)
                        .getSingleResult();
                List<Posting> postings = em.createQuery("SELECT p FROM Posting p WHERE p.bookId = :b", Posting.class)
                        .setParameter("b", book.id())
                        .getResultList();
                assertTrue(book.committed().fen() <= budget, "never committed beyond the budget");
                assertTrue(book.availableFen() >= 0);
                assertEquals(committed, book.committed().fen(), "exactly what the approvers were told they got");
                assertTrue(
                        commits < THREADS * COMMITS_PER_THREAD, "the budget ran out: the approvers contended for it");
                assertEquals(1 + commits + releases, postings.size(), "one posting per operation");
                Balances folded = Balances.of(postings);
                assertEquals(0, folded.total(), "debits equal credits");
                for (Account a : Account.values()) {
                    assertEquals(folded.of(a), book.balanceOf(a), a + ": the book equals the fold of its postings");
                }
                return null;
            });
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @OperateOnDeployment("probe")
    void everyBudgetHasABookThatAgreesWithItsPostings() {
        probe.inTransaction(em -> {
            List<?> missing = em.createNativeQuery("SELECT b.program_code, b.budget_year, b.round_no FROM budget b"
                            + " WHERE NOT EXISTS (SELECT 1 FROM ledger_book l WHERE l.program_code = b.program_code"
                            + " AND l.budget_year = b.budget_year AND l.round_no = b.round_no"
                            + " AND l.budget_fen = b.amount_fen)")
                    .getResultList();
            assertTrue(missing.isEmpty(), "budgets without a book of the same amount: " + missing.size());
            for (Book book : em.createQuery("SELECT b FROM Book b", Book.class).getResultList()) {
                Balances folded =
                        Balances.of(em.createQuery("SELECT p FROM Posting p WHERE p.bookId = :b", Posting.class)
                                .setParameter("b", book.id())
                                .getResultList());
                for (Account a : Account.values()) {
                    assertEquals(folded.of(a), book.balanceOf(a), book.programCode() + " " + a);
                }
            }
            return null;
        });
    }
}
