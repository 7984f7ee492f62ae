package cn.kaifeng.tfs.bench.users;

import cn.kaifeng.tfs.bench.users.Tally.Outcome;
import cn.kaifeng.tfs.bench.web.BankSystem;
import cn.kaifeng.tfs.bench.web.ReviewerUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Fifty users at once against a running server (bench/concurrent-users.sh): applicants of new enterprises creating,
 * saving, filling and submitting applications, reviewers working the formal-review queue, banks asking about
 * eligibility over the API, for a bounded time. Prints operations per kind, throughput and latency percentiles,
 * the expected conflicts between reviewers apart from errors, and checks that nothing acknowledged was lost.
 * Exit code 0 only if there was no error and the database holds exactly what was acknowledged.
 *
 * <p>Environment: TFS_URL (http://localhost:8080), TFS_DB_URL / TFS_DB_USER / TFS_DB_PASSWORD (the server's
 * database, read afterwards), APPLICANTS (30), REVIEWERS (10), BANKS (10), DURATION seconds (60), THINK_MS (500:
 * each user pauses up to twice that between steps, as people do).
 */
public final class ConcurrentUsers {

    private ConcurrentUsers() {}

    public static void main(String[] args) throws Exception {
        String base = Run.env("TFS_URL", "http://localhost:8080");
        int applicants = Run.env("APPLICANTS", 30);
        int reviewers = Run.env("REVIEWERS", 10);
        int banks = Run.env("BANKS", 10);
        int seconds = Run.env("DURATION", 60);
        int think = Run.env("THINK_MS", 500);
        String tag = Run.tag();

        System.out.printf(
                "Signing in %d applicants (new enterprises, load.%s.*), %d reviewers ...%n",
                applicants, tag, reviewers);
        List<Run.NewApplicant> people = Run.applicants(base, "load." + tag, applicants);
        List<ReviewerUser> workbench = Run.reviewers(base, reviewers);
        List<String> codes = new ArrayList<>(List.of(Run.DEMO_ENTERPRISE));
        people.forEach(p -> codes.add(p.creditCode()));

        Tally tally = new Tally();
        Ledger ledger = new Ledger();
        long start = System.nanoTime();
        Workload work = new Workload(tally, ledger, start + seconds * 1_000_000_000L, think, false);
        ExecutorService pool = Executors.newFixedThreadPool(applicants + reviewers + banks);
        System.out.printf(
                "Running %d users (%d applicants, %d reviewers, %d banks) for %d s ...%n",
                applicants + reviewers + banks, applicants, reviewers, banks, seconds);
        people.forEach(p -> pool.submit(() -> work.applicant(p.user())));
        for (int i = 0; i < workbench.size(); i++) {
            ReviewerUser reviewer = workbench.get(i);
            String name = Run.reviewerName(i);
            pool.submit(() -> work.reviewer(reviewer, name));
        }
        for (int i = 0; i < banks; i++) {
            BankSystem bank = new BankSystem(base, BankSystem.LOAD_CLIENT, BankSystem.LOAD_SECRET);
            pool.submit(() -> work.bank(bank, codes));
        }
        pool.shutdown();
        if (!pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;

        System.out.printf(
                Locale.ROOT,
                "%n=== %d concurrent users, %.0f s, %d cores ===%n",
                applicants + reviewers + banks,
                elapsed,
                Runtime.getRuntime().availableProcessors());
        tally.print(elapsed);
        long errors = tally.count(Outcome.ERROR) + tally.count(Outcome.UNAVAILABLE);
        System.out.printf(
                Locale.ROOT,
                "%nthroughput: %.1f requests/s; expected conflicts (\"%s\"): %d; errors: %d%n",
                tally.samples().size() / elapsed,
                ReviewerUser.CHANGED_MEANWHILE,
                tally.count(Outcome.CONFLICT),
                errors);
        tally.printErrors(10);

        Ledger.Check check = ledger.verify(
                Run.env("TFS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tfs_load"),
                Run.env("TFS_DB_USER", "postgres"),
                Run.env("TFS_DB_PASSWORD", "postgres"),
                people.stream().map(p -> p.user().username()).toList(),
                Long.MAX_VALUE);
        System.out.printf(
                "acknowledged: %d submissions (each with its number), %d saved drafts, %d taken into review,"
                        + " %d decisions%n",
                ledger.submissions(), ledger.saves(), ledger.takes(), ledger.decisions());
        System.out.printf(
                "no lost updates: %d acknowledgements checked in the database, %d not as acknowledged%n",
                check.checked(), check.problems().size());
        check.problems().stream().limit(10).forEach(p -> System.out.println("  " + p));
        boolean holds = errors == 0 && check.holds();
        System.out.println(holds ? "PASS" : "FAIL");
        System.exit(holds ? 0 : 1);
    }
}
