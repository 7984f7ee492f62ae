package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
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
import java.util.stream.Stream;
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

    private final Path base = Path.of("target", "crash-server").toAbsolutePath();
    private final int offset = Integer.getInteger("tfs.crash.port-offset", 300);
    private final String url = "http://127.0.0.1:" + (8080 + offset);
    private Process server;
    private String jdbcUrl;
    private String jdbcUser;
    private String jdbcPassword;

    @Test
    void aRoundInterruptedBySigkillIsFinishedAfterRestartWithEveryLetterOnce() throws Exception {
        prepareServer();
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
            killServer();
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
        if (server != null && server.isAlive()) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor();
        }
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
            try (Connection admin = DriverManager.getConnection(adminUrl(), jdbcUser, jdbcPassword);
                    Statement drop = admin.createStatement()) {
                drop.execute("DROP DATABASE IF EXISTS " + databaseName());
            }
        }
    }

    /** A base directory of its own (configuration of the provisioned server, the application) and a fresh database. */
    private void prepareServer() throws IOException, SQLException {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        if (Files.exists(base)) {
            try (Stream<Path> old = Files.walk(base)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        copy(jbossHome.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(
                Path.of(System.getProperty("tfs.ear")),
                base.resolve("deployments/tfs.ear"),
                StandardCopyOption.REPLACE_EXISTING);

        String suiteUrl = System.getenv("TFS_DB_URL");
        if (suiteUrl != null && suiteUrl.startsWith("jdbc:postgresql:")) {
            jdbcUser = System.getenv().getOrDefault("TFS_DB_USER", "postgres");
            jdbcPassword = System.getenv().getOrDefault("TFS_DB_PASSWORD", "postgres");
            jdbcUrl = suiteUrl.replaceAll("/[^/?]+(\\?.*)?$", "/" + databaseName());
            try (Connection admin = DriverManager.getConnection(adminUrl(), jdbcUser, jdbcPassword);
                    Statement create = admin.createStatement()) {
                create.execute("DROP DATABASE IF EXISTS " + databaseName());
                create.execute("CREATE DATABASE " + databaseName() + " ENCODING 'UTF8'");
            }
        } else {
            jdbcUser = "sa";
            jdbcPassword = "sa";
            // AUTO_SERVER: the server opens the file and serves it over TCP to the test; a long lock timeout so that
            // the job waits on the test's lock instead of failing
            jdbcUrl = "jdbc:h2:file:" + base.resolve("db/tfs") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=120000"
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        }
    }

    private String databaseName() {
        return "tfs_crash_" + Math.abs(base.hashCode() % 10000);
    }

    private String adminUrl() {
        return jdbcUrl.replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
    }

    private void start() throws IOException, InterruptedException {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        ProcessBuilder builder = new ProcessBuilder(
                        jbossHome.resolve("bin/standalone.sh").toString(),
                        "-Djboss.server.base.dir=" + base,
                        "-Djboss.socket.binding.port-offset=" + offset,
                        // a cluster of its own: never joined with the suite's server or a demo on this machine
                        "-Djboss.default.multicast.address=230.0.0.102",
                        "-Djava.net.preferIPv4Stack=true")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        base.resolve("console.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("TFS_DEMO", "true");
        env.put("TFS_DB_DRIVER", jdbcUrl.startsWith("jdbc:postgresql:") ? "postgresql" : "h2");
        env.put("TFS_DB_URL", jdbcUrl);
        env.put("TFS_DB_USER", jdbcUser);
        env.put("TFS_DB_PASSWORD", jdbcPassword);
        env.put("TFS_PUBLIC_URL", url);
        env.put("TFS_FILES_DIR", base.resolve("files").toString());
        env.put("JAVA_OPTS", "-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true");
        server = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        WebClient probe = new WebClient(url);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(server.isAlive(), "the server stopped while starting; see " + base.resolve("console.log"));
            try {
                if (probe.get("/login.xhtml").statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not start within 3 minutes; see " + base.resolve("console.log"));
    }

    /** SIGKILL to the JVM (and the start script): no shutdown hook, no graceful undeploy, as a power cut. */
    private void killServer() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(server.descendants().toList());
        all.add(server.toHandle());
        for (ProcessHandle p : all) {
            p.destroyForcibly();
        }
        for (ProcessHandle p : all) {
            p.onExit().join();
        }
        server = null;
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

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
