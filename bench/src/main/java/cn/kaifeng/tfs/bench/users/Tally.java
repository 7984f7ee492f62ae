package cn.kaifeng.tfs.bench.users;

import cn.kaifeng.tfs.bench.web.PageClient.Reply;
import cn.kaifeng.tfs.bench.web.ReviewerUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every request of a run, judged: what it was (its kind, e.g. "applicant.submit"), how it ended, when and how long
 * it took. Prints operations, throughput and latency percentiles per kind, and the requests that went wrong.
 */
final class Tally {

    /** How a request ended. */
    enum Outcome {
        /** What the step is for happened. */
        OK,
        /** Expected: another reviewer acted first on the version this one saw, and the page said so. */
        CONFLICT,
        /**
         * The database was away and the answer said so cleanly: 503 with Retry-After and the "try again" page or
         * problem detail, or for a JSF Ajax request the "try again" message in the page. Nothing was done.
         */
        UNAVAILABLE,
        /** Anything else: a 500, an unexpected page, a stack trace, no answer at all. */
        ERROR
    }

    record Sample(String kind, Outcome outcome, int status, long startNanos, long nanos, String note) {}

    /**
     * A stack trace or an exception's name as a response shows it: frames, "Caused by", an exception class heading
     * a line, JSF's Ajax error element. (Pages do name ViewExpiredException in PrimeFaces' settings, in quotes.)
     */
    private static final Pattern STACK_TRACE =
            Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|<error-name>|Caused by: |^[\\w$.]+\\.\\w*(Exception|Error)(: |$)");

    private static final String UNAVAILABLE_ZH = "系统暂时无法连接数据";
    private static final String UNAVAILABLE_EN = "cannot reach its data just now";

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final long origin = System.nanoTime();

    /** Judges a reply and keeps the verdict. */
    Outcome record(String kind, Reply reply, Predicate<Reply> ok) {
        Outcome outcome = judge(reply, ok);
        String note = outcome == Outcome.OK || outcome == Outcome.CONFLICT ? null : describe(reply);
        samples.add(new Sample(kind, outcome, reply.status(), reply.startNanos(), reply.nanos(), note));
        return outcome;
    }

    static Outcome judge(Reply reply, Predicate<Reply> ok) {
        if (reply.status() == 0 || STACK_TRACE.matcher(reply.body()).find()) {
            return Outcome.ERROR;
        }
        if (ok.test(reply)) {
            return Outcome.OK;
        }
        if (reply.status() == 200 && reply.body().contains(ReviewerUser.CHANGED_MEANWHILE)) {
            return Outcome.CONFLICT;
        }
        return cleanlyUnavailable(reply) ? Outcome.UNAVAILABLE : Outcome.ERROR;
    }

    /** 503 with Retry-After saying "try again" (page or problem detail), or a JSF Ajax answer with that message. */
    static boolean cleanlyUnavailable(Reply reply) {
        String body = reply.body();
        boolean says = body.contains(UNAVAILABLE_ZH)
                || body.contains(UNAVAILABLE_EN)
                || body.contains("\"code\":\"bank.busy\"");
        if (reply.status() == 503) {
            return reply.header("Retry-After") != null && says;
        }
        return reply.status() == 200 && body.startsWith("<?xml") && says;
    }

    private static String describe(Reply reply) {
        if (reply.status() == 0) {
            return reply.failure();
        }
        String body = reply.body().replaceAll("\\s+", " ");
        int title = body.indexOf("<title>");
        String shown = title >= 0 ? body.substring(title, Math.min(body.length(), title + 120)) : body;
        return "HTTP " + reply.status() + " " + shown.substring(0, Math.min(shown.length(), 300));
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    long count(Outcome outcome) {
        return samples.stream().filter(s -> s.outcome() == outcome).count();
    }

    /** Seconds since this tally began, for a moment taken with System.nanoTime(). */
    double seconds(long nanos) {
        return (nanos - origin) / 1e9;
    }

    /** One line per kind of request: how many, per second, p50/p95/p99, and how they ended. */
    void print(double seconds) {
        Map<String, List<Sample>> byKind =
                samples.stream().collect(Collectors.groupingBy(Sample::kind, TreeMap::new, Collectors.toList()));
        System.out.printf(
                Locale.ROOT,
                "%-22s %7s %7s %8s %8s %8s %6s %9s %6s%n",
                "operation",
                "count",
                "per s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "ok",
                "conflict",
                "error");
        byKind.forEach((kind, list) -> line(kind, list, seconds));
        line("all", List.copyOf(samples), seconds);
    }

    private static void line(String kind, List<Sample> list, double seconds) {
        long[] sorted = list.stream().mapToLong(Sample::nanos).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "%-22s %7d %7.1f %8.1f %8.1f %8.1f %6d %9d %6d%n",
                kind,
                list.size(),
                list.size() / seconds,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                list.stream().filter(s -> s.outcome() == Outcome.OK).count(),
                list.stream().filter(s -> s.outcome() == Outcome.CONFLICT).count(),
                list.stream().filter(s -> s.outcome() == Outcome.ERROR).count());
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedNanos, int p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    /** The first few requests that ended in an error, for the report. */
    void printErrors(int max) {
        List<Sample> errors = new ArrayList<>(
                samples.stream().filter(s -> s.outcome() == Outcome.ERROR).toList());
        errors.sort(Comparator.comparingLong(Sample::startNanos));
        errors.stream()
                .limit(max)
                .forEach(s -> System.out.printf(
                        Locale.ROOT,
                        "  error at %.1f s: %s: %s%n",
                        (s.startNanos() - origin) / 1e9,
                        s.kind(),
                        s.note()));
    }
}
