package cn.kaifeng.tfs.program.criteria;

import static cn.kaifeng.tfs.program.Programs.assertPoints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.Programs;
import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.DefinitionReader;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.domain.Assessor;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.expression.Facts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Band edges as the policy words them (以上 and 不低于 include the number, 超过 and 不满 do not), and what the
 * import says about bands that overlap, leave a gap, or say two things about one edge.
 */
class BandEdgesTest {

    private static final Path VALID = Path.of("src/test/resources/programs/test-new-program.yaml");
    private static final String THRESHOLD = "type: threshold\n        value: rdRatio\n        atLeast: 0.05\n";

    /** The test program with its R&D criterion scored by these bands (the best band must give 20 points). */
    private static String withBands(String bands) throws IOException {
        String content = Files.readString(VALID);
        assertTrue(content.contains(THRESHOLD + "        points: 20\n"), "the test program has its threshold");
        return content.replace(
                THRESHOLD + "        points: 20\n",
                "type: bands\n        value: rdRatio\n        bands: " + bands + "\n");
    }

    private static List<DefinitionProblem> problems(String bands) throws IOException {
        String content = withBands(bands);
        return assertThrows(
                        InvalidDefinitionException.class,
                        () -> Programs.reader().read("bands.yaml", content))
                .problems();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[{min: 0.1, points: 20}, {min: 0.05, max: 0.09, points: 10}]|bandGap|0.09 < x < 0.1|decimals between two bands",
                "[{above: 0.1, points: 20}, {min: 0.05, below: 0.1, points: 10}]|bandGap|x = 0.1|one number neither band includes",
                "[{min: 0.1, points: 20}, {min: 0.02, below: 0.05, points: 10}]|bandGap|0.05 ≤ x < 0.1|an exclusive edge and an inclusive one",
                "[{min: 0.1, above: 0.1, points: 20}]|bandBothLowerBounds||two lower edges",
                "[{min: 0.1, points: 20}, {min: 0.05, max: 0.1, points: 10}]|bandOverlap||0.1 in both bands",
                "[{above: 0.1, below: 0.1, points: 20}]|bandEmpty||a band without any value",
            })
    void theImportNamesWhatIsWrongWithTheBands(String bands, String key, String values, String what)
            throws IOException {
        List<DefinitionProblem> found = problems(bands);
        assertEquals(key, found.get(0).key(), what + ": " + found);
        if (values != null) {
            String zh = found.get(0).describe(Locale.SIMPLIFIED_CHINESE);
            String en = found.get(0).describe(Locale.ENGLISH);
            assertTrue(zh.contains("（" + values + "）") && zh.contains("得 0 分"), zh);
            assertTrue(en.contains("(" + values + ")") && en.contains("score 0"), en);
        }
    }

    @ParameterizedTest(name = "x={0} -> {1}")
    @CsvSource({"0.1, 10", "0.1001, 20", "0.05, 10", "0.0499, 0", "1, 20"})
    void bandsThatMeetLeaveNoGap(String x, String points) throws IOException {
        // 超过10%: 20; 5%以上（含）至10%（含）: 10
        ProgramDefinition program = Programs.reader()
                .read("bands.yaml", withBands("[{above: 0.1, points: 20}, {min: 0.05, max: 0.1, points: 10}]"));
        assertPoints(
                points, Assessor.assess(program, ratio(x)).criterion("rd-ratio").points());
    }

    @Test
    void aStoredVersionWithAGapStaysReadableAndScoresAsItDid() throws IOException {
        String content = withBands("[{min: 0.1, points: 20}, {min: 0.05, max: 0.09, points: 10}]");
        ProgramDefinition stored =
                DefinitionReader.forStoredVersions(Programs.types()).read("stored.yaml", content);
        assertPoints(
                "0",
                Assessor.assess(stored, ratio("0.095")).criterion("rd-ratio").points());
        assertPoints(
                "10",
                Assessor.assess(stored, ratio("0.09")).criterion("rd-ratio").points());
    }

    @Test
    void defaultLabelsShowWhichEdgesAreIncluded() {
        BigDecimal p = BigDecimal.ONE;
        assertEquals(">5", new BandsType.Band(null, d("5"), null, null, p, null).label());
        assertEquals("(1, 3)", new BandsType.Band(null, d("1"), null, d("3"), p, null).label());
        assertEquals("(1, 3]", new BandsType.Band(null, d("1"), d("3"), null, p, null).label());
        assertEquals("<3", new BandsType.Band(null, null, null, d("3"), p, null).label());
    }

    /** rdRatio is derived: R&D spend over revenue. */
    private static Facts ratio(String ratio) {
        return Facts.of(Map.of(
                "rdSpend",
                new BigDecimal(ratio).multiply(new BigDecimal("10000")),
                "revenue",
                new BigDecimal("10000")));
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }
}
