package cn.kaifeng.tfs.bench.users;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.bench.users.Tally.Outcome;
import cn.kaifeng.tfs.bench.users.Tally.Sample;
import cn.kaifeng.tfs.bench.web.ApplicantUser;
import cn.kaifeng.tfs.bench.web.BankSystem;
import cn.kaifeng.tfs.bench.web.PageClient;
import cn.kaifeng.tfs.bench.web.PageClient.Reply;
import cn.kaifeng.tfs.bench.web.ReviewerUser;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The database as a fault (mode {@code database} of {@link Faults}). (1) The database stopped: a page, a save, a
 * sign-in, an upload, a bank's query (Chinese and English) and a script's API call are each answered cleanly (503 with
 * Retry-After and the "try again" page or problem detail, or in an Ajax request the "try again" message), never 500
 * or a stack trace; started again, the time until pages and API answer again. (2) The database restarted while
 * applicants submit, reviewers decide and banks ask: how the requests in flight failed, the time until nothing failed
 * any more, whether every refused step succeeded when tried again, and whether everything acknowledged (before the
 * restart and overall) is in the database as acknowledged. The server's own figure for the time to recover must be
 * at most 10 s.
 */
final class DatabaseFaults {

    private static final double RECOVERY_LIMIT_SECONDS = 10;

    private final Faults run;

    DatabaseFaults(Faults run) {
        this.run = run;
    }

    /** The database stopped, then started. */
    void outage() throws Exception {
        System.out.println("=== Database stopped: how each kind of request is answered ===");
        String tag = Run.tag();
        List<Run.NewApplicant> people = Run.applicants(run.base, "fault." + tag, 2);
        ApplicantUser chinese = people.get(0).user();
        ApplicantUser english = people.get(1).user();
        run.check(english.useEnglish().status() == 200, "the second applicant switches to English");
        long draft = run.draft(chinese);
        Reply opened = chinese.open(draft);
        run.check(Workload.isApplicationPage(opened), "the draft's page opens");
        String uploader = chinese.uploaders().get(0);
        english.programs();
        BankSystem bank = new BankSystem(run.base, BankSystem.LOAD_CLIENT, BankSystem.LOAD_SECRET);

        run.command("DB_STOP");
        Map<String, Reply> answers = new LinkedHashMap<>();
        answers.put("Ajax save of an open draft", chinese.save(draft, Map.of(Ledger.SAVED_FIELD, "7")));
        answers.put(
                "Ajax upload into an open draft", chinese.upload(draft, uploader, "材料.pdf", SampleFiles.plainPdf()));
        answers.put("page (zh)", chinese.client().get("/applicant/home.xhtml"));
        answers.put("page (en)", english.client().get("/applicant/home.xhtml"));
        answers.put("sign-in", new PageClient(run.base).login("demo.reviewer", Run.DEMO_PASSWORD));
        answers.put("bank API (zh)", bank.eligibility(Run.DEMO_ENTERPRISE, "zh-CN"));
        answers.put("bank API (en)", bank.eligibility(Run.DEMO_ENTERPRISE, "en"));
        answers.put("bank API, a batch (POST)", bank.batch(List.of(Run.DEMO_ENTERPRISE)));
        String adminBasic = Base64.getEncoder()
                .encodeToString(("demo.admin:" + Run.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        PageClient script = new PageClient(run.base);
        answers.put(
                "API with a user's Basic credentials",
                script.send(HttpRequest.newBuilder(script.uri("/api/v1/audit/verification"))
                        .header("Authorization", "Basic " + adminBasic)));
        answers.forEach((what, reply) -> {
            // clean: "try again" with Retry-After, in the caller's language, with the headers every response carries
            boolean clean = Tally.judge(reply, r -> false) == Outcome.UNAVAILABLE
                    && "nosniff".equals(reply.header("X-Content-Type-Options"));
            boolean language = !what.endsWith("(en)") || reply.body().contains("cannot reach its data");
            System.out.printf(
                    "  %-38s HTTP %d  Retry-After: %-4s %s%n",
                    what,
                    reply.status(),
                    reply.header("Retry-After"),
                    clean && language ? "clean" : "NOT CLEAN: " + Faults.snippet(reply));
            run.check(clean && language, what + " answered cleanly while the database is stopped");
        });

        run.command("DB_START");
        long up = System.nanoTime();
        PageClient page = chinese.client();
        double recovered = -1;
        int failures = 0;
        while ((System.nanoTime() - up) / 1e9 < 60) {
            Reply p = page.get("/applicant/home.xhtml");
            Reply a = bank.eligibility(Run.DEMO_ENTERPRISE, "zh-CN");
            boolean ok = p.status() == 200 && a.status() == 200;
            if (ok && recovered < 0) {
                recovered = (System.nanoTime() - up) / 1e9;
            } else if (!ok) {
                failures++;
                recovered = -1;
                if (Tally.judge(p, r -> r.status() == 200) == Outcome.ERROR
                        || Tally.judge(a, r -> r.status() == 200) == Outcome.ERROR) {
                    run.check(
                            false,
                            "an answer while recovering was not clean: " + Faults.snippet(p.status() != 200 ? p : a));
                }
            }
            if (recovered >= 0 && (System.nanoTime() - up) / 1e9 > recovered + 3) {
                break;
            }
            Thread.sleep(200);
        }
        System.out.printf(
                Locale.ROOT,
                "  started again: pages and API answer again after %.1f s (%d refused meanwhile, all cleanly)%n",
                recovered,
                failures);
        run.check(
                recovered >= 0 && recovered <= RECOVERY_LIMIT_SECONDS,
                "recovered within " + RECOVERY_LIMIT_SECONDS + " s after the database started (took " + recovered
                        + ")");
    }

    /** The database restarted under load. */
    void restartUnderLoad() throws Exception {
        int applicants = Run.env("APPLICANTS", 10);
        int reviewers = Run.env("REVIEWERS", 4);
        int banks = Run.env("BANKS", 6);
        int seconds = Run.env("DURATION", 30);
        int restartAt = Run.env("RESTART_AT", 10);
        System.out.printf(
                "%n=== Database restarted after %d s while %d applicants, %d reviewers and %d banks work"
                        + " (%d s) ===%n",
                restartAt, applicants, reviewers, banks, seconds);
        String tag = Run.tag();
        List<Run.NewApplicant> people = Run.applicants(run.base, "restart." + tag, applicants);
        List<ReviewerUser> workbench = Run.reviewers(run.base, reviewers);
        List<String> codes = new ArrayList<>(List.of(Run.DEMO_ENTERPRISE));
        people.forEach(p -> codes.add(p.creditCode()));

        Tally tally = new Tally();
        Ledger ledger = new Ledger();
        long start = System.nanoTime();
        Workload work = new Workload(tally, ledger, start + seconds * 1_000_000_000L, 200, true);
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
        Thread.sleep(restartAt * 1000L);
        long restart = System.nanoTime();
        Ledger.Snapshot atRestart = ledger.snapshot(restart);
        run.command("DB_RESTART");
        long restarted = System.nanoTime();
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;

        tally.print(elapsed);
        List<Sample> refused = tally.samples().stream()
                .filter(s -> s.outcome() == Outcome.UNAVAILABLE || s.outcome() == Outcome.ERROR)
                .toList();
        long errors500 = refused.stream().filter(s -> s.status() == 500).count();
        long errors = refused.stream().filter(s -> s.outcome() == Outcome.ERROR).count();
        Map<String, Long> byAnswer = refused.stream()
                .filter(s -> s.outcome() == Outcome.UNAVAILABLE)
                .collect(Collectors.groupingBy(
                        s -> s.status() == 503
                                ? (s.kind().startsWith("bank.") ? "503 problem+json" : "503 page")
                                : "Ajax \"try again\"",
                        Collectors.counting()));
        double lastFailure = refused.stream()
                .mapToDouble(s -> (s.startNanos() + s.nanos() - restart) / 1e9)
                .max()
                .orElse(0);
        System.out.printf(
                Locale.ROOT,
                "%nrestart took %.1f s; requests that failed: %d (%s), %d × 500, %d other" + " errors%n",
                (restarted - restart) / 1e9,
                refused.size(),
                byAnswer.entrySet().stream()
                        .map(e -> e.getValue() + " × " + e.getKey())
                        .collect(Collectors.joining(", ")),
                errors500,
                errors);
        tally.printErrors(10);
        System.out.printf(
                Locale.ROOT,
                "recovered after %.1f s (from the restart command to the end of the last failed" + " request)%n",
                lastFailure);
        System.out.printf(
                "refused steps tried again: %d, all done on retry: %s (%d could not be done in time)%n",
                work.retried(), work.abandoned() == 0 ? "yes" : "no", work.abandoned());
        Ledger.Check before = ledger.verify(run.jdbcUrl, run.jdbcUser, run.jdbcPassword, List.of(), restart);
        int savedAgain = ledger.savedAgainSince(atRestart);
        System.out.printf(
                "committed before restart: %d acknowledged, found after: %d, and %d drafts saved again since"
                        + " (their later value is checked with the whole run)%n",
                atRestart.acknowledged(), before.checked() - before.problems().size(), savedAgain);
        before.problems().stream().limit(10).forEach(p -> System.out.println("  " + p));
        Ledger.Check all = ledger.verify(
                run.jdbcUrl,
                run.jdbcUser,
                run.jdbcPassword,
                people.stream().map(p -> p.user().username()).toList(),
                Long.MAX_VALUE);
        System.out.printf(
                "whole run: %d submissions, %d saves, %d takes, %d decisions acknowledged;"
                        + " %d checked in the database, %d not as acknowledged%n",
                ledger.submissions(),
                ledger.saves(),
                ledger.takes(),
                ledger.decisions(),
                all.checked(),
                all.problems().size());
        all.problems().stream().limit(10).forEach(p -> System.out.println("  " + p));
        run.check(errors500 == 0, "no 500 while the database restarted");
        run.check(errors == 0, "every failed request failed cleanly (503 with Retry-After, or the Ajax message)");
        run.check(lastFailure <= RECOVERY_LIMIT_SECONDS, "recovered within " + RECOVERY_LIMIT_SECONDS + " s");
        run.check(work.abandoned() == 0, "every refused step succeeded when tried again");
        run.check(
                before.holds() && before.checked() + savedAgain == atRestart.acknowledged(),
                "everything committed before the restart is there");
        run.check(all.holds(), "everything acknowledged is in the database as acknowledged");
    }
}
