package cn.kaifeng.tfs.bench;

import cn.kaifeng.tfs.matching.domain.Matcher;
import cn.kaifeng.tfs.matching.domain.Verdict;
import cn.kaifeng.tfs.organisation.domain.OrganisationProfile;
import cn.kaifeng.tfs.program.Programs;
import cn.kaifeng.tfs.program.criteria.BandsType;
import cn.kaifeng.tfs.program.criteria.BestOfType;
import cn.kaifeng.tfs.program.criteria.ChoiceType;
import cn.kaifeng.tfs.program.criteria.ConditionType;
import cn.kaifeng.tfs.program.criteria.ExpertType;
import cn.kaifeng.tfs.program.criteria.PerItemType;
import cn.kaifeng.tfs.program.criteria.ThresholdType;
import cn.kaifeng.tfs.program.definition.CriterionTypes;
import cn.kaifeng.tfs.program.definition.DefinitionReader;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The nightly matching's pure part on one thread: 10,000 generated profiles (districts, tiers, fields, scenes,
 * finances and team members in the proportions below, some facts left unstated) against the eight shipped
 * programs, 80,000 matches per operation. Target (issue 27): under 10 seconds on one node.
 *
 * <p>Run: {@code ./mvnw -q -Pbench -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar
 * MatchingBenchmark} (from the repository root, which holds config/programs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
@Threads(1)
public class MatchingBenchmark {

    static final int PROFILES = 10_000;

    private List<ProgramDefinition> programs;
    private List<Map<String, Object>> profiles;

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
        List<ProgramDefinition> read = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("config", "programs"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                read.add(new DefinitionReader(types, Programs.policies())
                        .read(file.getFileName().toString(), Files.readString(file)));
            }
        }
        programs = List.copyOf(read);
        profiles = generated(PROFILES, new Random(27));
    }

    /** Profiles as ProfileFact.of gives them: a tenth outside Kaifeng, a fifth without finances, teams with members. */
    static List<Map<String, Object>> generated(int count, Random random) {
        OrganisationProfile.District[] districts = OrganisationProfile.District.values();
        String[] tiers = {"BACKBONE", "SPECIALISED", "INNOVATIVE_SME", "OTHER"};
        List<Map<String, Object>> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> facts = new HashMap<>();
            OrganisationProfile.District district = districts[random.nextInt(districts.length)];
            facts.put("district", district.name());
            facts.put("registeredInKaifeng", district != OrganisationProfile.District.OUTSIDE_KAIFENG);
            facts.put("enterpriseTier", tiers[random.nextInt(tiers.length)]);
            List<String> fields = OrganisationProfile.TECH_FIELDS.subList(0, 1 + random.nextInt(2));
            facts.put("techFields", fields);
            if (fields.size() == 1) {
                facts.put("techField", fields.get(0));
            }
            facts.put("scenes", OrganisationProfile.SCENES.subList(random.nextInt(3), 3 + random.nextInt(3)));
            facts.put("headcount", BigDecimal.valueOf(5 + random.nextInt(500)));
            if (random.nextInt(5) > 0) {
                long revenue = 1_000_000L + random.nextInt(100_000_000);
                facts.put("revenueLastYear", BigDecimal.valueOf(revenue));
                facts.put("rdLastYear", BigDecimal.valueOf(revenue / (5 + random.nextInt(40))));
            }
            if (i % 4 == 0) {
                List<Map<String, Object>> members = new ArrayList<>();
                for (int m = 0; m < 3 + random.nextInt(8); m++) {
                    members.add(Map.of("name", "成员" + m, "role", "研发", "employer", "开封示例单位"));
                }
                facts.put("teamMembers", members);
            }
            all.add(Map.copyOf(facts));
        }
        return all;
    }

    /** Every profile against every program; returns how many matches are shown (likely or possible). */
    @Benchmark
    public int matchAll() {
        int shown = 0;
        for (Map<String, Object> profile : profiles) {
            for (ProgramDefinition program : programs) {
                if (Matcher.match(program, profile).verdict() != Verdict.NOT) {
                    shown++;
                }
            }
        }
        return shown;
    }
}
