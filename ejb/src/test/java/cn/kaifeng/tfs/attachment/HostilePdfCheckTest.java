package cn.kaifeng.tfs.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.attachment.domain.PdfCheck;
import cn.kaifeng.tfs.attachment.domain.PdfCheck.Refusal;
import cn.kaifeng.tfs.shared.pdf.HostilePdfs;
import cn.kaifeng.tfs.shared.pdf.SmallHeapJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Uploaded PDFs built to exhaust the server are refused with a message, in bounded memory and time. */
class HostilePdfCheckTest {

    @TempDir
    Path dir;

    /** Small files that decode to far more than a server can hold. */
    static Stream<Arguments> bombs() {
        return Stream.of(
                Arguments.of(
                        "Flate bomb in an object stream",
                        HostilePdfs.flateBombInObjectStream(HostilePdfs.TWO_GIB),
                        Refusal.TOO_COMPLEX),
                Arguments.of(
                        "Flate bomb in the cross-reference stream",
                        HostilePdfs.flateBombInXrefStream(HostilePdfs.TWO_GIB),
                        Refusal.TOO_COMPLEX),
                Arguments.of(
                        "Flate bomb found by repairing the file",
                        HostilePdfs.flateBombFoundByRepair(HostilePdfs.TWO_GIB),
                        Refusal.TOO_COMPLEX),
                Arguments.of("predictor asking for huge rows", HostilePdfs.predictorBomb(), Refusal.TOO_COMPLEX));
    }

    static Stream<Arguments> hostile() {
        return Stream.concat(
                bombs(),
                Stream.of(
                        Arguments.of(
                                "page tree 50,000 levels deep", HostilePdfs.deepPageTree(50_000), Refusal.TOO_COMPLEX),
                        Arguments.of(
                                "form fields 50,000 levels deep",
                                HostilePdfs.deepFieldTree(50_000),
                                Refusal.TOO_COMPLEX),
                        Arguments.of(
                                "a script behind a reference to a reference",
                                HostilePdfs.scriptBehindAReferenceToAReference(),
                                Refusal.JAVASCRIPT),
                        Arguments.of(
                                "chain of 50,000 references in a repaired file",
                                HostilePdfs.longChain(50_000),
                                Refusal.TOO_COMPLEX),
                        // PDFBox gives up on nesting beyond 500 and drops the object, which holds a script here
                        Arguments.of("arrays 200,000 deep", HostilePdfs.nestedArrays(200_000), Refusal.DAMAGED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void is_refused_within_seconds(String what, byte[] pdf, Refusal expected) throws IOException {
        Path file = write(pdf);
        Optional<Refusal> refusal = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PdfCheck.refusal(file));
        assertEquals(Optional.of(expected), refusal, what);
    }

    @Test
    void a_plain_pdf_is_still_accepted() throws IOException {
        assertEquals(Optional.empty(), PdfCheck.refusal(write(HostilePdfs.plain(null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void is_refused_in_a_64_mib_heap(String what, byte[] pdf, Refusal expected) throws Exception {
        SmallHeapJvm.Outcome outcome = SmallHeapJvm.run(Probe.class, write(pdf).toString());
        assertEquals(0, outcome.exitCode(), what + ":\n" + outcome.output());
        assertTrue(outcome.output().contains("refusal=" + expected), what + ":\n" + outcome.output());
    }

    private Path write(byte[] pdf) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload", ".pdf"), pdf);
    }

    /** Runs in the small-heap JVM: checks the file and says what it found, how long it took and the heap it used. */
    public static final class Probe {

        public static void main(String[] arguments) {
            long start = System.nanoTime();
            Optional<Refusal> refusal = PdfCheck.refusal(Path.of(arguments[0]));
            System.out.printf(
                    "refusal=%s in %d ms, peak heap at most %d MiB%n",
                    refusal.map(Refusal::name).orElse("none"),
                    (System.nanoTime() - start) / 1_000_000,
                    SmallHeapJvm.peakHeapMib());
        }
    }
}
