package cn.kaifeng.tfs.bench.users;

import cn.kaifeng.tfs.bench.web.ApplicantUser;
import cn.kaifeng.tfs.bench.web.PageClient.Reply;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Faults injected into a running server (bench/faults.sh runs one of its own), each with its figures and a verdict;
 * exit code 0 only if every property held. {@code database} ({@link DatabaseFaults}): the database stopped, then
 * restarted under load. {@code storage} ({@link StoreFaults}): the attachment store full, then read-only.
 *
 * <p>An instance is one run: its settings, the properties that failed, and the steps every fault takes (a new draft,
 * a fault command, a snippet of an answer for the report).
 *
 * <p>Environment: TFS_URL, TFS_DB_URL/USER/PASSWORD as for {@link ConcurrentUsers}; for {@code database} the shell
 * commands DB_STOP, DB_START and DB_RESTART; for {@code storage} TFS_FILES_DIR and the commands STORE_FILL,
 * STORE_UNFILL, STORE_READONLY and STORE_WRITABLE.
 */
public final class Faults {

    final String base = Run.env("TFS_URL", "http://localhost:8080");
    final String jdbcUrl = Run.env("TFS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tfs_faults");
    final String jdbcUser = Run.env("TFS_DB_USER", "postgres");
    final String jdbcPassword = Run.env("TFS_DB_PASSWORD", "postgres");
    private final List<String> failed = new ArrayList<>();

    private Faults() {}

    public static void main(String[] args) throws Exception {
        Faults faults = new Faults();
        String mode = args.length > 0 ? args[0] : "database";
        switch (mode) {
            case "database" -> {
                DatabaseFaults database = new DatabaseFaults(faults);
                database.outage();
                database.restartUnderLoad();
            }
            case "storage" -> new StoreFaults(faults).storage();
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

    /** A new draft of the credit program; its id. */
    long draft(ApplicantUser user) {
        user.programs();
        Reply started = user.start(Workload.PROGRAM);
        long id = ApplicantUser.startedId(started);
        check(id > 0, user.username() + " starts a draft");
        return id;
    }

    /** Runs one of the fault commands the script gave (a shell command line in the environment). */
    void command(String name) throws IOException, InterruptedException {
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

    /** Records a property that did not hold; the run goes on, and fails at the end. */
    void check(boolean holds, String property) {
        if (!holds) {
            failed.add(property);
        }
    }

    /** An answer in a line of the report: its status and title, or the start of its body, or why none came. */
    static String snippet(Reply reply) {
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
}
