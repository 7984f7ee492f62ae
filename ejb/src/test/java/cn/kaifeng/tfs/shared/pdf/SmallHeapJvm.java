package cn.kaifeng.tfs.shared.pdf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class's {@code main} in a fresh JVM with a 64 MiB heap and the test class path. A check that stays within
 * bounds exits normally there; one that inflates a bomb dies with an OutOfMemoryError. The test JVM's own heap is far
 * larger, so measuring inside it would not tell the two apart.
 */
public final class SmallHeapJvm {

    public static final String MAX_HEAP = "-Xmx64m";

    /** How the child ended and what it printed (standard output and error together). */
    public record Outcome(int exitCode, String output) {}

    private SmallHeapJvm() {}

    public static Outcome run(Class<?> main, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                MAX_HEAP,
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("small-heap-jvm", ".txt");
        try {
            Process child = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!child.waitFor(2, TimeUnit.MINUTES)) {
                child.destroyForcibly().waitFor();
                return new Outcome(-1, "still running after two minutes\n" + Files.readString(output));
            }
            return new Outcome(child.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /**
     * For the child to print: the sum of the heap pools' peak use so far, in MiB. Pools peak at different moments,
     * so this is an upper bound of the heap the child ever used.
     */
    public static long peakHeapMib() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP)
                        .mapToLong(pool -> pool.getPeakUsage().getUsed())
                        .sum()
                >> 20;
    }
}
