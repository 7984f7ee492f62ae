package cn.kaifeng.tfs.bench.users;

import cn.kaifeng.tfs.bench.web.PageClient;
import cn.kaifeng.tfs.bench.web.PageClient.Reply;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Failover of the two-node cluster of run-cluster.sh (bench/failover.sh runs it): nodes killed with SIGKILL while
 * people work through the balancer. {@link FailoverSessions}: an applicant mid-draft and a reviewer mid-review keep
 * their sessions, their open pages and their work, and a message kept across a redirect reaches the other node.
 * {@link FailoverRounds}: a bulk letter round resumes on the other node; letter and application numbers have no gap
 * and no repeat; a bank's rate limit holds across both nodes. {@link FailoverLoad}: ten failovers in a row under
 * load lose no acknowledged write. Prints the figures and a verdict per property; exit code 0 only if all held.
 *
 * <p>Environment: TFS_URL (the balancer), NODE_URLS (the nodes directly, comma-separated, node 1 first),
 * TFS_DB_URL/USER/PASSWORD, and the shell commands KILL_NODE and START_NODE, in which {@code %s} stands for the
 * node's number (START_NODE returns once the node is ready). Which node serves a user is read from the balancer's
 * cookie (TFSNODE, "node1" or "node2").
 */
public final class Failover {

    static final String NODE_COOKIE = "TFSNODE";

    final String base = Run.env("TFS_URL", "http://localhost:9000");
    final List<String> nodeUrls = List.of(
            Run.env("NODE_URLS", "http://localhost:9080,http://localhost:9180").split(","));
    final String jdbcUrl = Run.env("TFS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tfs_cluster");
    final String jdbcUser = Run.env("TFS_DB_USER", "postgres");
    final String jdbcPassword = Run.env("TFS_DB_PASSWORD", "postgres");
    private final List<String> passed = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private int kills;

    private Failover() {}

    public static void main(String[] args) throws Exception {
        Failover run = new Failover();
        String what = args.length > 0 ? args[0] : "all";
        try {
            run.all(what);
        } catch (Exception | AssertionError e) {
            // the users' threads would keep the JVM alive: the run ends here, as failed
            run.check(false, "the run could go on (" + e + ")");
        }
        System.out.printf(
                "%n=== Verdicts (%d nodes killed with SIGKILL in this run; %d requests sent again after their"
                        + " connection closed without an answer, as a browser does) ===%n",
                run.kills, PageClient.resent());
        run.passed.forEach(p -> System.out.println("  PASS  " + p));
        run.failed.forEach(f -> System.out.println("  FAIL  " + f));
        System.out.println(run.failed.isEmpty() ? "PASS" : "FAIL");
        System.exit(run.failed.isEmpty() ? 0 : 1);
    }

    private void all(String what) throws Exception {
        Failover run = this;
        if (what.equals("all") || what.equals("sessions")) {
            new FailoverSessions(run).run();
        }
        if (what.equals("all") || what.equals("rounds")) {
            FailoverRounds rounds = new FailoverRounds(run);
            rounds.letterRound();
            rounds.rateLimit();
        }
        if (what.equals("all") || what.equals("load")) {
            new FailoverLoad(run).run();
        }
        if (what.equals("all") || what.equals("rounds") || what.equals("load")) {
            new FailoverRounds(run).numbering();
        }
    }

    /** The node (1 or 2) the balancer sent this client to last, or 0 if it has not said. */
    static int nodeOf(PageClient client) {
        String node = client.cookie(NODE_COOKIE);
        return node == null ? 0 : Integer.parseInt(node.replace("node", ""));
    }

    static int other(int node) {
        return node == 1 ? 2 : 1;
    }

    /** SIGKILL to a node's JVM; returns the moment (System.nanoTime()) the kill was sent. */
    long kill(int node) throws IOException, InterruptedException {
        long at = System.nanoTime();
        command("KILL_NODE", node);
        kills++;
        return at;
    }

    /** Starts a node again and returns once it is ready (and back in the balancer: its checks run every second). */
    void start(int node) throws IOException, InterruptedException {
        command("START_NODE", node);
        Thread.sleep(2500); // HAProxy: two successful checks, one a second, before it sends users to the node again
    }

    private void command(String name, int node) throws IOException, InterruptedException {
        String line = System.getenv(name);
        if (line == null || line.isBlank()) {
            throw new IllegalStateException("set " + name + " to the shell command that does it (%s: the node)");
        }
        long start = System.nanoTime();
        Process process = new ProcessBuilder("bash", "-c", line.replace("%s", String.valueOf(node)))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        int exit = process.waitFor();
        System.out.printf(
                Locale.ROOT,
                "  [%s node%d: %.1f s%s]%n",
                name,
                node,
                (System.nanoTime() - start) / 1e9,
                exit == 0 ? "" : ", exit " + exit + ": " + output);
        if (exit != 0) {
            throw new IllegalStateException(name + " " + node + " failed: " + output);
        }
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
    }

    /** Records a property with its verdict; the run goes on, and fails at the end if any did not hold. */
    void check(boolean holds, String property) {
        (holds ? passed : failed).add(property);
        if (!holds) {
            System.out.println("  ** not held: " + property);
        }
    }

    /** Whether an answer is the sign-in page or a redirect to it: the session was lost. */
    static boolean signedOut(Reply reply) {
        return reply.location().contains("/login.xhtml")
                || (reply.status() == 200 && reply.body().contains("id=\"login\""));
    }

    /** An answer in a line of the report: its status and title, or why none came. */
    static String snippet(Reply reply) {
        return Faults.snippet(reply);
    }
}
