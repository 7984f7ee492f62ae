package cn.kaifeng.tfs.bench.users;

import cn.kaifeng.tfs.bench.users.Tally.Outcome;
import cn.kaifeng.tfs.bench.users.Tally.Sample;
import cn.kaifeng.tfs.bench.web.BankSystem;
import cn.kaifeng.tfs.bench.web.PageClient.Reply;
import cn.kaifeng.tfs.bench.web.ReviewerUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Ten failovers in a row under load: applicants, reviewers and banks work through the balancer (the load of
 * bench/faults.sh, {@link Workload}) while the nodes are killed in turn, each started again and ready before the next
 * kill. Per failover: the requests that failed and for how long (from the kill to the end of the last failed request).
 * Then every acknowledged write is looked up in the database, and every user's session is checked to still be
 * signed in.
 */
final class FailoverLoad {

    private final Failover run;

    FailoverLoad(Failover run) {
        this.run = run;
    }

    void run() throws Exception {
        int failovers = Run.env("FAILOVERS", 10);
        int applicants = Run.env("APPLICANTS", 6);
        int reviewers = Run.env("REVIEWERS", 2);
        int banks = Run.env("BANKS", 2);
        int between = Run.env("BETWEEN_S", 8);
        System.out.printf(
                "%n=== %d failovers in a row while %d applicants, %d reviewers and %d banks work ===%n",
                failovers, applicants, reviewers, banks);
        List<Run.NewApplicant> people = Run.applicants(run.base, "fo." + Run.tag(), applicants);
        List<ReviewerUser> workbench = Run.reviewers(run.base, reviewers);
        List<String> codes = new ArrayList<>(List.of(Run.DEMO_ENTERPRISE));
        people.forEach(p -> codes.add(p.creditCode()));

        Tally tally = new Tally();
        Ledger ledger = new Ledger();
        long start = System.nanoTime();
        Workload work = new Workload(tally, ledger, Long.MAX_VALUE, 200, true);
        ExecutorService pool = Executors.newFixedThreadPool(applicants + reviewers + banks);
        people.forEach(p -> pool.submit(() -> work.applicant(p.user())));
        for (int i = 0; i < reviewers; i++) {
            ReviewerUser reviewer = workbench.get(i);
            String name = Run.reviewerName(i);
            pool.submit(() -> work.reviewer(reviewer, name));
        }
        for (int i = 0; i < banks; i++) {
            BankSystem bank = new BankSystem(run.base, BankSystem.LOAD_CLIENT, BankSystem.LOAD_SECRET);
            pool.submit(() -> work.bank(bank, codes));
        }
        long[] kills = new long[failovers];
        for (int i = 0; i < failovers; i++) {
            Thread.sleep(between * 1000L);
            int node = i % 2 + 1;
            kills[i] = run.kill(node);
            run.start(node);
        }
        Thread.sleep(between * 1000L);
        long end = System.nanoTime();
        work.endNow();
        pool.shutdown();
        pool.awaitTermination(120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;

        System.out.println();
        tally.print(elapsed);
        List<Sample> failed = tally.samples().stream()
                .filter(s -> s.outcome() == Outcome.ERROR || s.outcome() == Outcome.UNAVAILABLE)
                .toList();
        int total = 0;
        int after = 0;
        double longest = 0;
        for (int i = 0; i < failovers; i++) {
            long from = kills[i];
            long to = i + 1 < failovers ? kills[i + 1] : end;
            List<Sample> these = failed.stream()
                    .filter(s -> s.startNanos() + s.nanos() >= from && s.startNanos() < to)
                    .toList();
            double lasted = these.stream()
                    .mapToDouble(s -> (s.startNanos() + s.nanos() - from) / 1e9)
                    .max()
                    .orElse(0);
            long requests = tally.samples().stream()
                    .filter(s -> s.startNanos() >= from && s.startNanos() < to)
                    .count();
            System.out.printf(
                    Locale.ROOT,
                    "  failover %2d (node%d killed): %3d of %4d requests failed, the last failure ended %.1f s after"
                            + " the kill%n",
                    i + 1,
                    i % 2 + 1,
                    these.size(),
                    requests,
                    lasted);
            total += these.size();
            longest = Math.max(longest, lasted);
            if (lasted > 10) {
                after++;
            }
        }
        long before = failed.stream().filter(s -> s.startNanos() < kills[0]).count();
        System.out.printf(
                Locale.ROOT,
                "  failed requests: %d during the %d failovers, %d before the first; longest: %.1f s%n",
                total,
                failovers,
                before,
                longest);
        tally.printErrors(8);

        int kept = 0;
        for (Run.NewApplicant p : people) {
            Reply home = p.user().client().get("/applicant/home.xhtml");
            kept += home.status() == 200 && !Failover.signedOut(home) ? 1 : 0;
        }
        for (ReviewerUser r : workbench) {
            Reply queue = r.client().get("/reviewer/applications.xhtml");
            kept += queue.status() == 200 && !Failover.signedOut(queue) ? 1 : 0;
        }
        int sessions = applicants + reviewers;
        System.out.printf(
                "  sessions signed in at the start and still signed in after %d failovers: %d of %d%n",
                failovers, kept, sessions);

        Ledger.Check all = ledger.verify(run.jdbcUrl, run.jdbcUser, run.jdbcPassword, List.of(), Long.MAX_VALUE);
        System.out.printf(
                "  acknowledged: %d submissions, %d saves, %d takes, %d decisions; %d writes checked in the database,"
                        + " %d not as acknowledged%n",
                ledger.submissions(),
                ledger.saves(),
                ledger.takes(),
                ledger.decisions(),
                all.checked(),
                all.problems().size());
        all.problems().stream().limit(10).forEach(p -> System.out.println("    " + p));
        run.check(all.holds() && all.checked() > 0, failovers + " failovers lose no acknowledged write");
        run.check(kept == sessions, "every session survives " + failovers + " failovers");
        run.check(before == 0 && after == 0, "requests fail only in the seconds after a kill (at most 10 s)");
    }
}
