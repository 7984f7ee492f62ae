package cn.kaifeng.tfs.letter.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.shared.pdf.HostilePdfs;
import cn.kaifeng.tfs.shared.pdf.SmallHeapJvm;
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

/**
 * Anyone may send a file to be verified as a letter: one built to exhaust the server is simply not a letter (no
 * number claimed, so the verdict is UNKNOWN), never an error, in bounded memory and time.
 */
class ClaimedNumberTest {

    @TempDir
    Path dir;

    /** Small files that decode to far more than a server can hold. */
    static Stream<Arguments> bombs() {
        return Stream.of(
                Arguments.of(
                        "Flate bomb in an object stream", HostilePdfs.flateBombInObjectStream(HostilePdfs.TWO_GIB)),
                Arguments.of(
                        "Flate bomb in the cross-reference stream",
                        HostilePdfs.flateBombInXrefStream(HostilePdfs.TWO_GIB)),
                Arguments.of(
                        "Flate bomb found by repairing the file",
                        HostilePdfs.flateBombFoundByRepair(HostilePdfs.TWO_GIB)),
                Arguments.of("predictor asking for huge rows", HostilePdfs.predictorBomb()));
    }

    static Stream<Arguments> hostile() {
        return Stream.concat(
                bombs(),
                Stream.of(
                        Arguments.of("page tree 50,000 levels deep", HostilePdfs.deepPageTree(50_000)),
                        Arguments.of("form fields 50,000 levels deep", HostilePdfs.deepFieldTree(50_000)),
                        Arguments.of("chain of 50,000 references in a repaired file", HostilePdfs.longChain(50_000)),
                        Arguments.of("arrays 200,000 deep", HostilePdfs.nestedArrays(200_000))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void claims_no_number(String what, byte[] pdf) {
        assertEquals(
                Optional.empty(),
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> LetterVerificationService.claimedNumber(pdf)),
                what);
    }

    @Test
    void a_plain_file_claims_its_keywords() {
        assertEquals(
                Optional.of("KF-2026-0042"),
                LetterVerificationService.claimedNumber(HostilePdfs.plain(" KF-2026-0042 ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void claims_no_number_in_a_64_mib_heap(String what, byte[] pdf) throws Exception {
        Path file = Files.write(Files.createTempFile(dir, "verify", ".pdf"), pdf);
        SmallHeapJvm.Outcome outcome = SmallHeapJvm.run(Probe.class, file.toString());
        assertEquals(0, outcome.exitCode(), what + ":\n" + outcome.output());
        assertTrue(outcome.output().contains("claimed=none"), what + ":\n" + outcome.output());
    }

    /** Runs in the small-heap JVM: reads the file as verification does and says what number it claims. */
    public static final class Probe {

        public static void main(String[] arguments) throws Exception {
            byte[] pdf = Files.readAllBytes(Path.of(arguments[0]));
            long start = System.nanoTime();
            Optional<String> claimed = LetterVerificationService.claimedNumber(pdf);
            System.out.printf(
                    "claimed=%s in %d ms, peak heap at most %d MiB%n",
                    claimed.orElse("none"), (System.nanoTime() - start) / 1_000_000, SmallHeapJvm.peakHeapMib());
        }
    }
}
