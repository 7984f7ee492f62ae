package cn.kaifeng.tfs.bench.users;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.bench.web.ApplicantUser;
import cn.kaifeng.tfs.bench.web.BankSystem;
import cn.kaifeng.tfs.bench.web.PageClient.Reply;
import cn.kaifeng.tfs.bench.web.ReviewerUser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the nodes share through the database, checked across a kill: a bulk letter round whose node dies is finished
 * by the other node, every letter once; the numbers of applications and letters run without a gap or a repeat
 * whichever node gave them; a bank's per-minute limit holds for both nodes together.
 */
final class FailoverRounds {

    private static final int LETTERS = 12;

    /** The demo bank's client: 600 queries a minute (demo data). */
    private static final String LIMITED_CLIENT = "BC-DEMODEMODEMO";

    private static final String LIMITED_SECRET = "demo-bank-secret-not-for-production";
    private static final int LIMIT = 600;

    /** A number's series and its sequence: everything before its last run of digits, and those digits. */
    private static final Pattern SEQUENCE = Pattern.compile("^(.*?)(\\d+)(\\D*)$");

    private final Failover run;

    FailoverRounds(Failover run) {
        this.run = run;
    }

    /** Twelve rejections of the credit program; a round of their letters; its node killed after five letters. */
    void letterRound() throws Exception {
        System.out.printf("%n=== A bulk letter round whose node is killed half-way ===%n");
        ApplicantUser applicant =
                Run.applicants(run.base, "round." + Run.tag(), 1).get(0).user();
        ReviewerUser reviewer = Run.reviewers(run.base, 1).get(0);
        byte[] pdf = SampleFiles.plainPdf();
        for (int i = 0; i < LETTERS; i++) {
            applicant.programs();
            long id = ApplicantUser.startedId(applicant.start(Workload.PROGRAM));
            for (int f = 0; f < 5; f++) {
                applicant.open(id);
                List<String> uploaders = applicant.uploaders();
                if (uploaders.isEmpty()) {
                    break;
                }
                applicant.upload(id, uploaders.get(0), "材料.pdf", pdf);
            }
            applicant.open(id);
            Run.require(applicant.submit(id, Map.of()).status() == 302, "submit " + id, applicant.open(id));
            reviewer.open(id);
            reviewer.press(id, "start-review", Map.of());
            reviewer.open(id);
            Reply rejected = reviewer.press(id, "reject", Map.of("reject-reason", "批次故障转移测试 " + i));
            Run.require(rejected.status() == 302, "reject " + id, rejected);
        }
        List<Long> due = longs(
                "SELECT id FROM application WHERE program_code = ? AND status IN ('APPROVED', 'REJECTED') ORDER BY id",
                Workload.PROGRAM);
        try (Connection lock = run.database()) {
            // the job stops at the sixth application, behind this lock, with five letters issued: then its node dies
            lock.setAutoCommit(false);
            try (PreparedStatement hold =
                    lock.prepareStatement("SELECT id FROM application WHERE id = ? FOR NO KEY UPDATE")) {
                hold.setLong(1, due.get(5));
                hold.executeQuery().close();
            }
            reviewer.client().get("/reviewer/letters.xhtml");
            Reply started = reviewer.client()
                    .submit("/reviewer/letters.xhtml", "rounds", "start", Map.of("program_input", Workload.PROGRAM));
            run.check(started.status() == 302, "a round of " + due.size() + " letters starts");
            int node = Failover.nodeOf(reviewer.client());
            long round = longs("SELECT max(id) FROM letter_round WHERE program_code = ?", Workload.PROGRAM)
                    .get(0);
            waitUntil(() -> issued(round) >= 5, 60);
            long killed = run.kill(node);
            lock.rollback();
            System.out.printf(
                    "  round %d: %d letters, %d issued by node%d when it was killed%n",
                    round, due.size(), issued(round), node);
            boolean finished = waitUntil(() -> finished(round), 150);
            double took = (System.nanoTime() - killed) / 1e9;
            int letters = issued(round);
            List<Long> twice = longs(
                    "SELECT application_id FROM letter WHERE round_id = " + round
                            + " GROUP BY application_id HAVING count(*) > 1",
                    null);
            System.out.printf(
                    Locale.ROOT,
                    "  finished by node%d %.1f s after the kill (the round is claimed once silent for 30 s): %d of %d"
                            + " letters, %d applications with more than one%n",
                    Failover.other(node),
                    took,
                    letters,
                    due.size(),
                    twice.size());
            run.check(finished && letters == due.size(), "the round is finished by the other node, every letter");
            run.check(twice.isEmpty(), "no application of the round has two letters");
            run.start(node);
        }
    }

    /** More queries than the limit allows, in one minute window, sent to both nodes directly, alternately. */
    void rateLimit() throws Exception {
        System.out.printf("%n=== A bank's limit (%d a minute) across both nodes ===%n", LIMIT);
        // one minute window for the whole burst: start early in a minute
        while (Instant.now().getEpochSecond() % 60 > 30) {
            Thread.sleep(500);
        }
        int sent = LIMIT + LIMIT / 2;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<int[]>> answers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            answers.add(pool.submit(() -> {
                List<BankSystem> nodes = run.nodeUrls.stream()
                        .map(url -> new BankSystem(url, LIMITED_CLIENT, LIMITED_SECRET))
                        .toList();
                int[] counts = new int[2 * nodes.size()]; // per node: admitted, refused (429)
                for (int i = thread; i < sent; i += 8) {
                    int n = i % nodes.size();
                    Reply reply = nodes.get(n).eligibility(Run.DEMO_ENTERPRISE, "zh-CN");
                    if (reply.status() == 200) {
                        counts[2 * n]++;
                    } else if (reply.status() == 429) {
                        counts[2 * n + 1]++;
                    }
                }
                return counts;
            }));
        }
        int[] total = new int[4];
        for (Future<int[]> f : answers) {
            int[] c = f.get();
            for (int i = 0; i < total.length; i++) {
                total[i] += c[i];
            }
        }
        pool.shutdown();
        int admitted = total[0] + total[2];
        System.out.printf(
                "  %d queries, half to each node: node1 admitted %d, refused %d; node2 admitted %d, refused %d;"
                        + " together %d admitted (limit %d)%n",
                sent, total[0], total[1], total[2], total[3], admitted, LIMIT);
        // quota a node claimed ahead and did not use lapses (RateLeases): a little under the limit, never over
        run.check(admitted <= LIMIT && admitted >= LIMIT * 8 / 10, "the bank's limit holds for both nodes together");
        run.check(total[1] > 0 && total[3] > 0, "both nodes refuse once the shared limit is used up");
    }

    /** Applications' and letters' numbers: per series, no number twice and none missing between the first and last. */
    void numbering() throws Exception {
        System.out.printf("%n=== Numbers given by both nodes ===%n");
        for (String table : List.of("application", "letter")) {
            List<String> numbers = strings("SELECT number FROM " + table + " WHERE number IS NOT NULL");
            TreeMap<String, List<Integer>> bySeries = new TreeMap<>();
            for (String number : numbers) {
                Matcher m = SEQUENCE.matcher(number);
                if (m.matches()) {
                    bySeries.computeIfAbsent(m.group(1) + "#" + m.group(3), s -> new ArrayList<>())
                            .add(Integer.parseInt(m.group(2)));
                }
            }
            int repeats = 0;
            int gaps = 0;
            for (List<Integer> sequence : bySeries.values()) {
                TreeSet<Integer> distinct = new TreeSet<>(sequence);
                repeats += sequence.size() - distinct.size();
                gaps += distinct.last() - distinct.first() + 1 - distinct.size();
            }
            System.out.printf(
                    "  %s numbers: %d in %d series, %d repeated, %d missing between first and last%n",
                    table, numbers.size(), bySeries.size(), repeats, gaps);
            run.check(!numbers.isEmpty() && repeats == 0 && gaps == 0, table + " numbers: no repeat, no gap");
        }
    }

    private int issued(long round) throws Exception {
        return longs("SELECT count(*) FROM letter WHERE round_id = " + round, null)
                .get(0)
                .intValue();
    }

    private boolean finished(long round) throws Exception {
        return !longs("SELECT id FROM letter_round WHERE finished_at IS NOT NULL AND id = " + round, null)
                .isEmpty();
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private static boolean waitUntil(Condition condition, int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            if (condition.holds()) {
                return true;
            }
            Thread.sleep(250);
        }
        return condition.holds();
    }

    private List<Long> longs(String sql, String parameter) throws Exception {
        List<Long> all = new ArrayList<>();
        try (Connection db = run.database();
                PreparedStatement q = db.prepareStatement(sql)) {
            if (parameter != null) {
                q.setString(1, parameter);
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    all.add(r.getLong(1));
                }
            }
        }
        return all;
    }

    private List<String> strings(String sql) throws Exception {
        List<String> all = new ArrayList<>();
        try (Connection db = run.database();
                PreparedStatement q = db.prepareStatement(sql);
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                all.add(r.getString(1));
            }
        }
        return all;
    }
}
