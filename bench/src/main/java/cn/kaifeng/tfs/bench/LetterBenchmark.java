package cn.kaifeng.tfs.bench;

import cn.kaifeng.tfs.letter.SampleLetters;
import cn.kaifeng.tfs.letter.domain.LetterComposer;
import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.letter.domain.LetterNumber;
import cn.kaifeng.tfs.letter.domain.VerificationCode;
import cn.kaifeng.tfs.letter.pdf.LetterRenderer;
import cn.kaifeng.tfs.letter.pdf.LetterSigner;
import cn.kaifeng.tfs.shared.typeset.LetterFonts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time to make one signed decision letter on one thread: {@link #ours} lays it out with our renderer and signs
 * it (PDF/A-2u, Noto Sans SC subsets, vector QR code, CMS signature with an RSA-2048 key); {@link #jasper} makes the
 * same letter with JasperReports 6.21 and signs it the same way (see {@link JasperLetters} for what still differs).
 * The letter is the approval of the shipped talent-team program (KF-RC-TEAM) with a full score table, as the ejb
 * tests make it ({@link SampleLetters}). Sample mode in milliseconds, so JMH prints p50, p90, p99. Targets: a median
 * of at most 8 ms per signed letter on one core, and at least 5 times faster than JasperReports.
 *
 * <p>Fonts are parsed and the report is compiled once per trial. Every invocation takes the next of 20,000 letters
 * composed beforehand, each with its own addressee, letter number, application number and verification code, so
 * neither side can reuse anything of a previous letter; composing is not timed.
 *
 * <p>Run from {@code bench/} (the sample letters read {@code ../config/programs}): {@code java -cp
 * target/benchmarks.jar cn.kaifeng.tfs.bench.LetterFigures} runs both and the 10,000-letter batch and prints the
 * figures against the targets; {@code java -jar target/benchmarks.jar LetterBenchmark} runs only this class.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
// PDFBox's compression level as the server sets it (config/server/web.cli)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Djava.awt.headless=true", "-Dorg.apache.pdfbox.filter.deflatelevel=1"})
@Threads(1)
public class LetterBenchmark {

    static final int LETTERS = 20_000;

    private static final List<String> DISTRICTS = List.of("龙亭", "顺河", "鼓楼", "禹王台", "祥符", "兰考", "杞县", "通许", "尉氏");

    private LetterRenderer renderer;
    private JasperLetters jasper;
    private LetterSigner signer;
    private List<LetterContent> letters;
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        renderer = new LetterRenderer(new LetterFonts());
        signer = SampleLetters.signer();
        jasper = new JasperLetters();
        letters = letters(0, LETTERS);
        next = 0;
    }

    /** Render and sign with our renderer. */
    @Benchmark
    public byte[] ours() {
        return renderer.render(nextLetter(), signer);
    }

    /** Fill, export and sign with JasperReports. */
    @Benchmark
    public byte[] jasper() {
        return jasper.render(nextLetter(), signer);
    }

    private LetterContent nextLetter() {
        LetterContent letter = letters.get(next);
        next = (next + 1) % letters.size();
        return letter;
    }

    /** Letters {@code from} to {@code from + count - 1}: the sample approval, each to another organisation. */
    static List<LetterContent> letters(int from, int count) {
        LetterComposer.Case sample = SampleLetters.approval(SampleLetters.ORGANISATION, 1);
        List<LetterContent> letters = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            letters.add(LetterComposer.compose(approval(sample, i + 1)));
        }
        return letters;
    }

    /** The sample case with its own organisation, letter number, application number and verification code. */
    static LetterComposer.Case approval(LetterComposer.Case sample, int sequence) {
        String code = VerificationCode.generate();
        String organisation = "开封" + DISTRICTS.get(sequence % DISTRICTS.size()) + "示例元宇宙科技有限公司（第" + sequence + "号）";
        return new LetterComposer.Case(
                sample.program(),
                sample.kind(),
                new LetterNumber(sample.number().word(), sample.number().year(), sequence),
                organisation,
                sample.creditCode(),
                "KF-RC-2026-" + String.format("%06d", sequence),
                sample.amount(),
                sample.assessment(),
                sample.reasons(),
                sample.issuedOn(),
                code,
                "https://tfs.example.cn/public/verify.xhtml?code=" + code,
                sample.policies());
    }
}
