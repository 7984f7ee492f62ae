package cn.kaifeng.tfs.bench;

import cn.kaifeng.tfs.letter.SampleLetters;
import cn.kaifeng.tfs.letter.domain.LetterComposer;
import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.letter.pdf.LetterRenderer;
import cn.kaifeng.tfs.letter.pdf.LetterSigner;
import cn.kaifeng.tfs.letter.pdf.SignatureCheck;
import cn.kaifeng.tfs.shared.typeset.LetterFonts;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * The decision-letter figures in one run, checked against their targets: the median time per signed
 * letter of our renderer and of JasperReports on one thread ({@link LetterBenchmark}, in forked JVMs), their ratio,
 * and the time to issue 10,000 signed letters on 2 threads, each letter composed, rendered and signed as the server
 * issues it, timed by the wall clock after a warm-up of 1,000 letters. It writes one letter of each kind to
 * {@code target/} to look at, and checks that both carry an intact signature. About 4 minutes on 2 quiet cores.
 *
 * <p>Run from {@code bench/}, where {@code ../config/programs} holds the program definitions the sample letters
 * read:
 *
 * <pre>
 * cd bench &amp;&amp; java -cp target/benchmarks.jar cn.kaifeng.tfs.bench.LetterFigures
 * </pre>
 *
 * after {@code mvn -B -o -q -Pbench -pl bench package -DskipTests} at the root (with ejb installed).
 */
public final class LetterFigures {

    static final double TARGET_MEDIAN_MS = 8;
    static final double TARGET_TIMES_FASTER = 5;
    static final double TARGET_BATCH_SECONDS = 60;
    static final int BATCH = 10_000;
    static final int WARM_UP = 1_000;
    static final int THREADS = 2;

    private LetterFigures() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        // as the server sets it (config/server/web.cli), for the batch below; the JMH forks get it from @Fork
        System.setProperty("org.apache.pdfbox.filter.deflatelevel", "1");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (!Files.isDirectory(Path.of("..", "config", "programs"))) {
            System.err.println("Run from bench/: the sample letters read ../config/programs, not found from "
                    + Path.of("").toAbsolutePath());
            System.exit(2);
        }

        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .include(Pattern.quote(LetterBenchmark.class.getName()) + "\\.(ours|jasper)$")
                        .shouldFailOnError(true)
                        .build())
                .run();
        Statistics ours = statistics(results, "ours");
        Statistics jasper = statistics(results, "jasper");

        LetterRenderer renderer = new LetterRenderer(new LetterFonts());
        LetterSigner signer = SampleLetters.signer();
        String samples = samples(renderer, signer);

        LetterComposer.Case sample = SampleLetters.approval(SampleLetters.ORGANISATION, 1);
        Batch warmUp = issue(renderer, signer, sample, 1, WARM_UP);
        Batch batch = issue(renderer, signer, sample, WARM_UP + 1, BATCH);

        double oursMs = ours.getPercentile(50);
        double jasperMs = jasper.getPercentile(50);
        double ratio = jasperMs / oursMs;
        double seconds = batch.nanos() / 1e9;
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%n==== Decision letters: figures (%d cores seen, JDK %s) ====%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        out.append(line(
                "median per signed letter, ours, 1 thread",
                String.format(Locale.ROOT, "%.2f ms", oursMs),
                String.format(Locale.ROOT, "<= %.0f ms", TARGET_MEDIAN_MS),
                oursMs <= TARGET_MEDIAN_MS));
        out.append(String.format(
                Locale.ROOT,
                "    p90 %.2f ms, p99 %.2f ms, %d samples%n",
                ours.getPercentile(90),
                ours.getPercentile(99),
                ours.getN()));
        out.append(line(
                "median per signed letter, JasperReports 6.21.5",
                String.format(Locale.ROOT, "%.2f ms", jasperMs),
                "",
                null));
        out.append(String.format(
                Locale.ROOT,
                "    p90 %.2f ms, p99 %.2f ms, %d samples%n",
                jasper.getPercentile(90),
                jasper.getPercentile(99),
                jasper.getN()));
        out.append(line(
                "JasperReports / ours (medians)",
                String.format(Locale.ROOT, "%.1f x", ratio),
                String.format(Locale.ROOT, ">= %.0f x", TARGET_TIMES_FASTER),
                ratio >= TARGET_TIMES_FASTER));
        out.append(line(
                String.format(Locale.ROOT, "%,d signed letters, %d threads", BATCH, THREADS),
                String.format(Locale.ROOT, "%.1f s", seconds),
                String.format(Locale.ROOT, "<= %.0f s", TARGET_BATCH_SECONDS),
                seconds <= TARGET_BATCH_SECONDS));
        out.append(String.format(
                Locale.ROOT,
                "    = %.0f letters/s, %.1f KB per letter on average (compose + render + sign; warm-up: %,d letters"
                        + " in %.1f s = %.0f letters/s)%n",
                BATCH / seconds,
                batch.bytes() / 1024.0 / BATCH,
                WARM_UP,
                warmUp.nanos() / 1e9,
                WARM_UP / (warmUp.nanos() / 1e9)));
        out.append(samples);
        // the figures are only as good as the machine was quiet: anything else running shares the two cores
        out.append(String.format(
                Locale.ROOT,
                "system load average (1 min): %.2f at start, %.2f at end (the batch's own %d threads count too)%n",
                loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                THREADS));
        System.out.println(out);
    }

    private static Statistics statistics(Collection<RunResult> results, String method) {
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith("." + method)) {
                return r.getPrimaryResult().getStatistics();
            }
        }
        throw new IllegalStateException("no result for " + method);
    }

    private static String line(String what, String figure, String target, Boolean met) {
        String verdict = met == null ? "" : met ? "met" : "MISSED";
        return String.format(Locale.ROOT, "%-48s %12s   %-10s %s%n", what, figure, target, verdict);
    }

    /** One letter of each kind in target/, with pages, size and whether the signature checks out. */
    private static String samples(LetterRenderer renderer, LetterSigner signer) throws IOException {
        LetterContent letter = LetterBenchmark.letters(41, 1).get(0);
        byte[] ours = renderer.render(letter, signer);
        byte[] jasper = new JasperLetters().render(letter, signer);
        Path dir = Files.createDirectories(Path.of("target"));
        Files.write(dir.resolve("letter-ours.pdf"), ours);
        Files.write(dir.resolve("letter-jasper.pdf"), jasper);
        return describe("target/letter-ours.pdf", ours) + describe("target/letter-jasper.pdf", jasper);
    }

    private static String describe(String name, byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return String.format(
                    Locale.ROOT,
                    "sample %-26s %d page(s), %.1f KB, PDF %s, signature %s%n",
                    name,
                    doc.getNumberOfPages(),
                    pdf.length / 1024.0,
                    doc.getVersion(),
                    SignatureCheck.of(pdf).intact() ? "intact" : "NOT intact");
        }
    }

    private record Batch(long nanos, long bytes) {}

    /** Letters {@code first} to {@code first + count - 1} composed, rendered and signed on {@link #THREADS} threads. */
    private static Batch issue(
            LetterRenderer renderer, LetterSigner signer, LetterComposer.Case sample, int first, int count)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            AtomicInteger next = new AtomicInteger(first);
            int end = first + count;
            List<Future<Long>> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    long bytes = 0;
                    for (int i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
                        LetterContent letter = LetterComposer.compose(LetterBenchmark.approval(sample, i));
                        bytes += renderer.render(letter, signer).length;
                    }
                    return bytes;
                }));
            }
            long bytes = 0;
            for (Future<Long> worker : workers) {
                bytes += worker.get();
            }
            return new Batch(System.nanoTime() - start, bytes);
        } finally {
            pool.shutdown();
        }
    }
}
