package cn.kaifeng.tfs.bench.users;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.bench.users.Tally.Outcome;
import cn.kaifeng.tfs.bench.users.Tally.Sample;
import cn.kaifeng.tfs.bench.web.ApplicantUser;
import cn.kaifeng.tfs.bench.web.BankSystem;
import cn.kaifeng.tfs.bench.web.PageClient;
import cn.kaifeng.tfs.bench.web.PageClient.Reply;
import cn.kaifeng.tfs.bench.web.ReviewerUser;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Faults injected into a running server (bench/faults.sh runs one of its own), each with its figures and a verdict;
 * exit code 0 only if every property held.
 *
 * <p>{@code database}: (1) the database stopped: a page, a save, a sign-in, an upload, a bank's query (Chinese and
 * English) and a script's API call are each answered cleanly (503 with Retry-After and the "try again" page or
 * problem detail, or in an Ajax request the "try again" message), never 500 or a stack trace; started again, the
 * time until pages and API answer again. (2) The database restarted while applicants submit, reviewers decide and
 * banks ask: how the requests in flight failed, the time until nothing failed any more, whether every refused step
 * succeeded when tried again, and whether everything acknowledged (before the restart and overall) is in the
 * database as acknowledged. The server's own figure for the time to recover must be at most 10 s.
 *
 * <p>{@code storage}: the attachment store full, then read-only: uploads (by a Chinese and an English user) and a
 * removal are refused with a message in the user's language, and afterwards no attachment record lacks its file, no
 * file lacks its record, no partial upload is left, and the draft's other content is as it was; writable again, the
 * upload succeeds and the application can be submitted.
 *
 * <p>Environment: TFS_URL, TFS_DB_URL/USER/PASSWORD as for {@link ConcurrentUsers}; for {@code database} the shell
 * commands DB_STOP, DB_START and DB_RESTART; for {@code storage} TFS_FILES_DIR and the commands STORE_FILL,
 * STORE_UNFILL, STORE_READONLY and STORE_WRITABLE.
 */
public final class Faults {

    private static final double RECOVERY_LIMIT_SECONDS = 10;

    private final String base = Run.env("TFS_URL", "http://localhost:8080");
    private final String jdbcUrl = Run.env("TFS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tfs_faults");
    private final String jdbcUser = Run.env("TFS_DB_USER", "postgres");
    private final String jdbcPassword = Run.env("TFS_DB_PASSWORD", "postgres");
    private final List<String> failed = new ArrayList<>();

    private Faults() {}

    public static void main(String[] args) throws Exception {
        Faults faults = new Faults();
        String mode = args.length > 0 ? args[0] : "database";
        switch (mode) {
            case "database" -> {
                faults.outage();
                faults.restartUnderLoad();
            }
            case "storage" -> faults.storage();
            default -> throw new IllegalArgumentException("database or storage, not " + mode);
        }
        System.out.println();
        if (faults.failed.isEmpty()) {
            System.out.println("PASS");
            System.exit(0);
        }
        System.out.println("FAIL:");
        faults.failed.forEach(f -> System.out.println("  " + f));
        System.exit(1);
    }

    // --- the database stopped, then started ---------------------------------------------------------------------

    private void outage() throws Exception {
        System.out.println("=== Database stopped: how each kind of request is answered ===");
        String tag = Run.tag();
        List<Run.NewApplicant> people = Run.applicants(base, "fault." + tag, 2);
        ApplicantUser chinese = people.get(0).user();
        ApplicantUser english = people.get(1).user();
        check(english.useEnglish().status() == 200, "the second applicant switches to English");
        long draft = draft(chinese);
        Reply opened = chinese.open(draft);
        check(Workload.isApplicationPage(opened), "the draft's page opens");
        String uploader = chinese.uploaders().get(0);
        english.programs();
        BankSystem bank = new BankSystem(base, BankSystem.LOAD_CLIENT, BankSystem.LOAD_SECRET);

        command("DB_STOP");
        Map<String, Reply> answers = new LinkedHashMap<>();
        answers.put("Ajax save of an open draft", chinese.save(draft, Map.of(Ledger.SAVED_FIELD, "7")));
        answers.put(
                "Ajax upload into an open draft", chinese.upload(draft, uploader, "材料.pdf", SampleFiles.plainPdf()));
        answers.put("page (zh)", chinese.client().get("/applicant/home.xhtml"));
        answers.put("page (en)", english.client().get("/applicant/home.xhtml"));
        answers.put("sign-in", new PageClient(base).login("demo.reviewer", Run.DEMO_PASSWORD));
        answers.put("bank API (zh)", bank.eligibility(Run.DEMO_ENTERPRISE, "zh-CN"));
        answers.put("bank API (en)", bank.eligibility(Run.DEMO_ENTERPRISE, "en"));
        answers.put("bank API, a batch (POST)", bank.batch(List.of(Run.DEMO_ENTERPRISE)));
        String adminBasic = Base64.getEncoder()
                .encodeToString(("demo.admin:" + Run.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        PageClient script = new PageClient(base);
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
                    clean && language ? "clean" : "NOT CLEAN: " + snippet(reply));
            check(clean && language, what + " answered cleanly while the database is stopped");
        });

        command("DB_START");
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
                    check(false, "an answer while recovering was not clean: " + snippet(p.status() != 200 ? p : a));
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
        check(
                recovered >= 0 && recovered <= RECOVERY_LIMIT_SECONDS,
                "recovered within " + RECOVERY_LIMIT_SECONDS + " s after the database started (took " + recovered
                        + ")");
    }

    // --- the database restarted under load -------------------------------------------------------------------------

    private void restartUnderLoad() throws Exception {
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
        List<Run.NewApplicant> people = Run.applicants(base, "restart." + tag, applicants);
        List<ReviewerUser> workbench = Run.reviewers(base, reviewers);
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
            BankSystem bank = new BankSystem(base, BankSystem.LOAD_CLIENT, BankSystem.LOAD_SECRET);
            pool.submit(() -> work.bank(bank, codes));
        }
        Thread.sleep(restartAt * 1000L);
        long restart = System.nanoTime();
        Ledger.Snapshot atRestart = ledger.snapshot(restart);
        command("DB_RESTART");
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
        Ledger.Check before = ledger.verify(jdbcUrl, jdbcUser, jdbcPassword, List.of(), restart);
        int savedAgain = ledger.savedAgainSince(atRestart);
        System.out.printf(
                "committed before restart: %d acknowledged, found after: %d, and %d drafts saved again since"
                        + " (their later value is checked with the whole run)%n",
                atRestart.acknowledged(), before.checked() - before.problems().size(), savedAgain);
        before.problems().stream().limit(10).forEach(p -> System.out.println("  " + p));
        Ledger.Check all = ledger.verify(
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
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
        check(errors500 == 0, "no 500 while the database restarted");
        check(errors == 0, "every failed request failed cleanly (503 with Retry-After, or the Ajax message)");
        check(lastFailure <= RECOVERY_LIMIT_SECONDS, "recovered within " + RECOVERY_LIMIT_SECONDS + " s");
        check(work.abandoned() == 0, "every refused step succeeded when tried again");
        check(
                before.holds() && before.checked() + savedAgain == atRestart.acknowledged(),
                "everything committed before the restart is there");
        check(all.holds(), "everything acknowledged is in the database as acknowledged");
    }

    // --- the attachment store full, then read-only -----------------------------------------------------------------

    private void storage() throws Exception {
        Path store = Path.of(Run.env("TFS_FILES_DIR", "/tmp/tfs-files"));
        System.out.println("=== Attachment store full, then read-only (" + store + ") ===");
        List<Run.NewApplicant> people = Run.applicants(base, "store." + Run.tag(), 2);
        ApplicantUser chinese = people.get(0).user();
        ApplicantUser english = people.get(1).user();
        check(english.useEnglish().status() == 200, "the second applicant switches to English");
        Map<ApplicantUser, Long> drafts = new LinkedHashMap<>();
        Map<ApplicantUser, String> values = Map.of(chinese, "4242", english, "4343");
        for (ApplicantUser user : List.of(chinese, english)) {
            long id = draft(user);
            drafts.put(user, id);
            user.open(id);
            check(
                    user.save(id, Map.of(Ledger.SAVED_FIELD, values.get(user)))
                            .body()
                            .contains("<li class=\"tfs-message-info\">"),
                    "the draft saves");
            user.open(id);
            check(
                    uploaded(user.upload(id, user.uploaders().get(0), "材料.pdf", SampleFiles.plainPdf())),
                    "a first file uploads while the store is fine");
        }
        consistent("before any fault", store, drafts, values, 1);

        command("STORE_FILL");
        System.out.println("store full:");
        refusedUploads(drafts, "文件暂时无法保存", "could not be stored just now");
        consistent("store full", store, drafts, values, 1);

        command("STORE_UNFILL");
        command("STORE_READONLY");
        System.out.println("store read-only:");
        refusedUploads(drafts, "文件暂时无法保存", "could not be stored just now");
        chinese.open(drafts.get(chinese));
        Matcher remove =
                Pattern.compile("id=\"app:(slots:\\d+:files:\\d+:remove)\"").matcher(chinese.page());
        check(remove.find(), "the uploaded file offers removal");
        Reply removal = chinese.client()
                .ajax(
                        ApplicantUser.path(drafts.get(chinese)),
                        "app",
                        remove.group(1),
                        "app:" + remove.group(1),
                        "app:attachments messages",
                        Map.of());
        boolean refusedRemoval = removal.status() == 200 && removal.body().contains("附件存储暂时不可用");
        System.out.printf(
                "  removal (zh): HTTP %d, %s%n",
                removal.status(), refusedRemoval ? "refused: \"附件存储暂时不可用…\"" : "NOT REFUSED: " + snippet(removal));
        check(refusedRemoval, "a removal from a read-only store is refused with a message (its file could not go)");
        consistent("store read-only", store, drafts, values, 1);

        command("STORE_WRITABLE");
        System.out.println("store writable again:");
        for (ApplicantUser user : drafts.keySet()) {
            long id = drafts.get(user);
            user.open(id);
            check(
                    uploaded(user.upload(id, user.uploaders().get(0), "材料.pdf", SampleFiles.plainPdf())),
                    user.username() + " uploads again");
        }
        consistent("writable again", store, drafts, values, 2);
        long id = drafts.get(chinese);
        chinese.open(id);
        Reply submitted = chinese.submit(id, Map.of(Ledger.SAVED_FIELD, values.get(chinese)));
        String number = submitted.status() == 302
                ? ApplicantUser.numberOn(chinese.open(id).body())
                : null;
        System.out.println(
                "  the application is submitted: " + (number != null ? number : "NO: " + snippet(submitted)));
        check(number != null, "the draft, intact, is submitted after the store is writable again");
    }

    private void refusedUploads(Map<ApplicantUser, Long> drafts, String chinese, String english) {
        boolean first = true;
        for (Map.Entry<ApplicantUser, Long> d : drafts.entrySet()) {
            ApplicantUser user = d.getKey();
            user.open(d.getValue());
            Reply reply = user.upload(d.getValue(), user.uploaders().get(0), "材料.pdf", SampleFiles.plainPdf());
            String expected = first ? chinese : english;
            boolean told = reply.status() == 200
                    && reply.body().contains(expected)
                    && !reply.body().contains("<error>");
            System.out.printf(
                    "  upload (%s): HTTP %d, %s%n",
                    first ? "zh" : "en",
                    reply.status(),
                    told ? "refused: \"" + expected + "…\"" : "NOT AS EXPECTED: " + snippet(reply));
            check(told, "an upload into the faulty store is refused with a message in the user's language");
            first = false;
        }
    }

    /**
     * The store and the records agree: each attachment of the drafts has its file, whole (size and SHA-256); no file
     * in the store lacks a record; nothing is left in the incoming folder; the drafts hold what was saved.
     */
    private void consistent(
            String when,
            Path store,
            Map<ApplicantUser, Long> drafts,
            Map<ApplicantUser, String> values,
            int expectedPerDraft)
            throws SQLException, IOException {
        Set<String> keys = new HashSet<>();
        int rows = 0;
        int whole = 0;
        List<String> problems = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword)) {
            try (PreparedStatement all = db.prepareStatement("SELECT storage_key FROM attachment");
                    ResultSet r = all.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getString(1));
                }
            }
            for (Map.Entry<ApplicantUser, Long> d : drafts.entrySet()) {
                int mine = 0;
                try (PreparedStatement q = db.prepareStatement(
                        "SELECT storage_key, size_bytes, sha256 FROM attachment WHERE application_id = ?")) {
                    q.setLong(1, d.getValue());
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            mine++;
                            Path file = store.resolve(r.getString(1));
                            if (Files.isRegularFile(file)
                                    && Files.size(file) == r.getLong(2)
                                    && sha256(file).equals(r.getString(3))) {
                                whole++;
                            } else {
                                problems.add("attachment " + r.getString(1) + " has no whole file");
                            }
                        }
                    }
                }
                rows += mine;
                if (mine != expectedPerDraft) {
                    problems.add("application " + d.getValue() + " has " + mine + " attachments, expected "
                            + expectedPerDraft);
                }
                try (PreparedStatement q =
                        db.prepareStatement("SELECT form_values, status FROM application WHERE id = ?")) {
                    q.setLong(1, d.getValue());
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        String stored = Ledger.field(r.getString(1), Ledger.SAVED_FIELD);
                        if (!values.get(d.getKey()).equals(stored) || !"DRAFT".equals(r.getString(2))) {
                            problems.add("application " + d.getValue() + " changed: " + Ledger.SAVED_FIELD + "="
                                    + stored + ", " + r.getString(2));
                        }
                    }
                }
            }
        }
        List<Path> orphans;
        List<Path> partial;
        try (Stream<Path> files = Files.walk(store)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            partial = all.stream()
                    .filter(p -> p.startsWith(store.resolve("incoming")))
                    .toList();
            orphans = all.stream()
                    .filter(p -> !p.startsWith(store.resolve("incoming")))
                    .filter(p -> !p.getFileName().toString().startsWith("filler"))
                    .filter(p -> !keys.contains(store.relativize(p).toString()))
                    .toList();
        }
        orphans.forEach(p -> problems.add("file without a record: " + p));
        partial.forEach(p -> problems.add("partial upload left: " + p));
        System.out.printf(
                "  %s: attachment records %d, with their whole file %d; files without a record %d;"
                        + " partial uploads %d; drafts' saved values intact: %s%n",
                when,
                rows,
                whole,
                orphans.size(),
                partial.size(),
                problems.stream().noneMatch(p -> p.contains("changed")) ? "yes" : "NO");
        problems.forEach(p -> System.out.println("    " + p));
        check(problems.isEmpty(), "store and records agree (" + when + ")");
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** A new draft of the credit program; its id. */
    private long draft(ApplicantUser user) {
        user.programs();
        Reply started = user.start(Workload.PROGRAM);
        long id = ApplicantUser.startedId(started);
        check(id > 0, user.username() + " starts a draft");
        return id;
    }

    private static boolean uploaded(Reply reply) {
        return reply.status() == 200
                && (reply.body().contains("已上传") || reply.body().contains("Uploaded"));
    }

    /** Runs one of the fault commands the script gave (a shell command line in the environment). */
    private void command(String name) throws IOException, InterruptedException {
        String line = System.getenv(name);
        if (line == null || line.isBlank()) {
            throw new IllegalStateException("set " + name + " to the shell command that does it");
        }
        long start = System.nanoTime();
        Process process =
                new ProcessBuilder("bash", "-c", line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        int exit = process.waitFor();
        System.out.printf(
                Locale.ROOT,
                "  [%s: %.1f s%s]%n",
                name,
                (System.nanoTime() - start) / 1e9,
                exit == 0 ? "" : ", exit " + exit + ": " + output);
        if (exit != 0) {
            throw new IllegalStateException(name + " failed");
        }
    }

    private void check(boolean holds, String property) {
        if (!holds) {
            failed.add(property);
        }
    }

    private static String snippet(Reply reply) {
        if (reply.status() == 0) {
            return reply.failure();
        }
        String body = reply.body().replaceAll("\\s+", " ");
        int title = body.indexOf("<title>");
        return "HTTP " + reply.status() + " "
                + (title >= 0
                        ? body.substring(title, Math.min(body.length(), title + 100))
                        : body.substring(0, Math.min(body.length(), 200)));
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
