package cn.kaifeng.tfs.bench;

import cn.kaifeng.tfs.program.criteria.BandsType;
import cn.kaifeng.tfs.program.criteria.BestOfType;
import cn.kaifeng.tfs.program.criteria.ChoiceType;
import cn.kaifeng.tfs.program.criteria.ConditionType;
import cn.kaifeng.tfs.program.criteria.ExpertType;
import cn.kaifeng.tfs.program.criteria.PerItemType;
import cn.kaifeng.tfs.program.criteria.ThresholdType;
import cn.kaifeng.tfs.program.definition.CriterionTypes;
import cn.kaifeng.tfs.program.definition.DefinitionReader;
import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.Assessor;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.expression.Facts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assessments per second of one thread (one core) for a typical application: the talent-team program (4 gates,
 * 9 criteria of 5 types including best-of, derived values) and the credit program, with fully filled forms.
 * Target (issue 3): at least 50,000 per second per core.
 *
 * <p>Run: {@code ./mvnw -q -Pbench -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar}
 * (from the repository root, which holds config/programs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AssessmentBenchmark {

    @Param({"kf-rc-team.yaml", "kf-xd-credit.yaml"})
    public String program;

    private ProgramDefinition definition;
    private Facts facts;

    @Setup
    public void read() throws IOException {
        CriterionTypes types = CriterionTypes.of(List.of(
                new ConditionType(),
                new ThresholdType(),
                new BandsType(),
                new PerItemType(),
                new ChoiceType(),
                new BestOfType(),
                new ExpertType()));
        Path file = Path.of("config", "programs", program);
        // the benchmark measures assessing, not reading: stored versions are read without checking citations
        definition = DefinitionReader.forStoredVersions(types).read(program, Files.readString(file));
        facts = Facts.of(typicalApplication(definition));
    }

    /** A form filled the way a real applicant fills it: every field of the program with a plausible value. */
    static Map<String, Object> typicalApplication(ProgramDefinition definition) {
        Map<String, Object> values = new HashMap<>();
        definition.fields().forEach(field -> {
            Object value = switch (field.type()) {
                case NUMBER -> new BigDecimal("4");
                case MONEY -> new BigDecimal("12000000");
                case PERCENTAGE -> new BigDecimal("0.12");
                case BOOLEAN -> Boolean.TRUE;
                case CHOICE -> field.options().get(0).code();
                case MULTI_CHOICE ->
                    field.options().stream().limit(2).map(o -> o.code()).toList();
                case GROUP -> {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        Map<String, Object> row = new HashMap<>();
                        field.fields()
                                .forEach(sub ->
                                        row.put(sub.code(), sub.type().name().equals("BOOLEAN") ? Boolean.TRUE : "示例"));
                        rows.add(row);
                    }
                    yield rows;
                }
                default -> "示例";
            };
            values.put(field.code(), value);
        });
        return values;
    }

    @Benchmark
    public Assessment assess() {
        return Assessor.assess(definition, facts);
    }
}
