package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server killed (SIGKILL) in the middle of issuing a round of letters, then started again: the round carries on
 * by itself and every letter is issued exactly once, with numbers that neither skip nor repeat. And a public notice
 * (公示) whose period ran out while the server was down ends by itself after the restart, moving its application on
 * to the decision.
 *
 * <p>This test runs a WildFly of its own (the provisioned one, with its own base directory, ports and database),
 * because it kills it. To kill it at a known point, the test holds a row lock on the sixth application of the
 * round: the job issues five letters, each committed on its own, and then waits on the lock; that is when the
 * server is killed. The database is PostgreSQL when the suite runs on PostgreSQL (a fresh database of the same
 * server), otherwise an H2 file that the test reaches over H2's automatic TCP server.
 */
class LetterRoundCrashIT {

    private static final int LETTERS = 12;
    private static final Pattern NUMBER = Pattern.compile("汴财扶租〔(\\d{4})〕(\\d{4,})号");

    /**
     * H2 over its automatic TCP server, so that the test reaches the file the server has open; a long lock timeout so
     * that the job waits on the test's lock instead of failing.
     */
    private final SeparateServer server = new SeparateServer(
            "crash-server",
            Integer.getInteger("tfs.crash.port-offset", 300),
            System.getProperty("tfs.crash.multicast", "230.0.0.102"),
            ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=120000");

    private final String url = server.url();
    private String jdbcUrl;
    private String jdbcUser;
    private String jdbcPassword;

    @Test
    void aRoundInterruptedBySigkillIsFinishedAfterRestartWithEveryLetterOnce() throws Exception {
        server.prepare();
        jdbcUrl = server.jdbcUrl();
        jdbcUser = server.jdbcUser();
        jdbcPassword = server.jdbcPassword();
        start();

        WebClient applicant = Applicants.as(url, "demo.applicant");
        WebClient reviewer = Applicants.as(url, "demo.reviewer");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < LETTERS; i++) {
            String number = Applicants.submitted(applicant, "KF-ZL-LEASING");
            long id = Reviewers.idOf(applicant, number);
            String path = "/reviewer/application.xhtml?id=" + id;
            Reviewers.step(reviewer, path, "start-review", Map.of());
            Reviewers.step(reviewer, path, "reject", Map.of("reject-reason", "中断测试 " + i));
            ids.add(id);
        }
        ids.sort(Comparator.naturalOrder());

        // an approval proposed and on public notice when the server goes down
        String onNotice = Applicants.submitted(applicant, "KF-XD-CREDIT", Applicants.strongCredit());
        long noticeId = Reviewers.idOf(applicant, onNotice);
        Instant noticeEndsWhileDown;
        String noticePath = "/reviewer/application.xhtml?id=" + noticeId;
        Reviewers.step(reviewer, noticePath, "start-review", Map.of());
        Reviewers.step(reviewer, noticePath, "pass", Map.of());
        Reviewers.step(
                reviewer,
                noticePath,
                "propose",
                Map.of("review:amount_hinput", "800000", "review:amount-reason", "按授信测算核定"));
        assertTrue(reviewer.get(noticePath).body().contains("公示中"));

        try (Connection lock = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword)) {
            lock.setAutoCommit(false);
            // PostgreSQL: a lock that does not stop new rows referring to the application (the round's items), only
            // the job's own FOR UPDATE; H2 knows only FOR UPDATE and takes no lock for a foreign key
            String lockClause = jdbcUrl.startsWith("jdbc:postgresql:") ? "FOR NO KEY UPDATE" : "FOR UPDATE";
            try (PreparedStatement select =
                    lock.prepareStatement("SELECT id FROM application WHERE id = ? " + lockClause)) {
                select.setLong(1, ids.get(5));
                select.executeQuery().close();
            }

            reviewer.get("/reviewer/letters.xhtml");
            HttpResponse<String> started = reviewer.submit(
                    "/reviewer/letters.xhtml", "rounds", "start", Map.of("program_input", "KF-ZL-LEASING"));
            assertEquals(302, started.statusCode(), () -> Applicants.errors(started.body()));
            String blocked = waitFor(reviewer, page -> page.contains("已签发 5 / " + LETTERS), Duration.ofSeconds(60));
            assertTrue(blocked.contains("签发中"), "the round is running, stuck on the locked application");

            // the notice period is made to run out six seconds from now: after the kill, before the restart
            Instant noticeEnds = Instant.now().plusSeconds(6);
            try (Connection db = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
                    PreparedStatement due =
                            db.prepareStatement("UPDATE application SET notice_ends_at = ? WHERE id = ?")) {
                due.setTimestamp(1, java.sql.Timestamp.from(noticeEnds));
                due.setLong(2, noticeId);
                assertEquals(1, due.executeUpdate());
            }
            // H2 writes committed work to its file within half a second; a kill before that would undo it
            Thread.sleep(2000);
            server.kill();
            noticeEndsWhileDown = noticeEnds;
            try {
                lock.rollback();
            } catch (SQLException serverGone) {
                // with H2 the lock lived in the killed server: it is gone with it
            }
        }
        while (Instant.now().isBefore(noticeEndsWhileDown.plusSeconds(1))) {
            Thread.sleep(250);
        }
        start();
        reviewer = Applicants.as(url, "demo.reviewer");
        // nobody touches it: the notice ends by itself (the schedule runs every 10 s) and the timeline says so
        String moved = null;
        for (Instant until = Instant.now().plusSeconds(60);
                Instant.now().isBefore(until) && (moved == null || !moved.contains("公示期满无异议")); ) {
            Thread.sleep(1000);
            moved = reviewer.get(noticePath).body();
        }
        assertTrue(moved.contains("公示期满无异议") && moved.contains("待决定"), "the due notice ended after restart");
        String finished = waitFor(reviewer, page -> page.contains("已完成"), Duration.ofSeconds(120));
        assertTrue(finished.contains("已签发 " + LETTERS + " / " + LETTERS), finished);

        // every application has exactly one letter, and the numbers run 1..12 without a gap or a repeat
        TreeSet<Integer> sequences = new TreeSet<>();
        for (long id : ids) {
            String page = reviewer.get("/reviewer/application.xhtml?id=" + id).body();
            assertTrue(page.contains("已出具决定书"), "application " + id);
            Matcher number = NUMBER.matcher(page);
            assertTrue(number.find(), "application " + id + " has a letter");
            assertTrue(sequences.add(Integer.parseInt(number.group(2))), "a number given twice: " + number.group());
            assertEquals(1, count(page, "/letters/"), "application " + id + " has exactly one letter");
        }
        assertEquals(LETTERS, sequences.size());
        assertEquals(1, sequences.first(), "the first letter of the program this year");
        assertEquals(LETTERS, sequences.last(), "no gap: " + sequences);

        Matcher round = Pattern.compile("id=\"round-(\\d+)\"").matcher(finished);
        assertTrue(round.find());
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
                reviewer.download("/letters/rounds/" + round.group(1)).body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
            }
        }
        assertEquals(LETTERS, entries, "the round's ZIP holds each letter once");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    /** Starts the server as a demo (its accounts are the test's) and waits until the application answers. */
    private void start() throws IOException, InterruptedException {
        server.start(Map.of("TFS_DEMO", "true"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        WebClient probe = new WebClient(url);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(server.isAlive(), "the server stopped while starting; see " + server.console());
            try {
                if (probe.get("/login.xhtml").statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not answer; see " + server.console());
    }

    private static String waitFor(WebClient reviewer, Predicate<String> done, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String page = "";
        while (Instant.now().isBefore(deadline)) {
            page = reviewer.get("/reviewer/letters.xhtml").body();
            if (done.test(page)) {
                return page;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not reached within " + timeout + "; the page says: " + figures(page));
    }

    private static String figures(String page) {
        Matcher m = Pattern.compile("<p class=\"tfs-round-figures\"[^>]*>(.*?)</p>", Pattern.DOTALL)
                .matcher(page);
        return m.find() ? m.group(1).replaceAll("\\s+", " ") : page;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
