package cn.kaifeng.tfs.matching;

import static cn.kaifeng.tfs.program.Programs.assertPoints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.matching.domain.Estimate;
import cn.kaifeng.tfs.matching.domain.Match;
import cn.kaifeng.tfs.matching.domain.Matcher;
import cn.kaifeng.tfs.matching.domain.Verdict;
import cn.kaifeng.tfs.program.Programs;
import cn.kaifeng.tfs.program.domain.Explanation;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.shared.domain.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The matcher on a test program whose enterprise facts come from the profile while patents and the expert's grade
 * do not: each row is a profile (empty cells: the profile does not state it) and what matching must conclude.
 */
class MatcherTest {

    private static final Path PROGRAM = Path.of("src/test/resources/programs/test-matching.yaml");

    static String yaml() {
        try {
            return Files.readString(PROGRAM);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ProgramDefinition program(String yaml) {
        return Programs.reader().read("test-matching.yaml", yaml);
    }

    /** Profile facts by their names; blank cells are facts the profile does not state. */
    static Map<String, Object> profile(Boolean inKaifeng, String tier, String revenue, String rd) {
        Map<String, Object> facts = new LinkedHashMap<>();
        if (inKaifeng != null) {
            facts.put("registeredInKaifeng", inKaifeng);
        }
        if (tier != null) {
            facts.put("enterpriseTier", tier);
        }
        if (revenue != null) {
            facts.put("revenueLastYear", new BigDecimal(revenue));
        }
        if (rd != null) {
            facts.put("rdLastYear", new BigDecimal(rd));
        }
        return facts;
    }

    @ParameterizedTest(name = "{9}")
    @CsvSource(
            delimiter = '|',
            nullValues = "",
            value = {
                // in Kaifeng | tier | revenue | R&D | verdict | known points | estimate | amount | conclusion | case
                "true|BACKBONE|10000000|1000000|LIKELY|30|EXACT|100000|match.likely.withExperts|gates met, 30 known + 20 expert reach 40",
                "true|OTHER|10000000|1000000|LIKELY|20|EXACT|100000|match.likely.withExperts|20 known + 20 expert is exactly the pass mark",
                "true|BACKBONE|10000000|100000|POSSIBLE|10|EXACT|100000|match.possible|R&D short: the pass mark needs the patents nobody stated",
                "true|INNOVATIVE_SME|10000000|100000|NOT|5|NONE||match.not.points|even full marks for patents and experts leave 35",
                "false|BACKBONE|10000000|1000000|NOT|30|NONE||match.not.gate|a gate fails on a known fact",
                "|BACKBONE|10000000|1000000|POSSIBLE|30|EXACT|100000|match.possible|a gate on an unstated fact is unknown, not failed",
                "true|BACKBONE||1000000|POSSIBLE|10|UP_TO|500000|match.possible|no revenue: the ratio and the amount are unknown, the cap is shown",
                "true|BACKBONE|200000000|0|LIKELY|10|EXACT|500000|match.likely.route|a direct route met by known facts, amount capped",
                "true||10000000|1000000|LIKELY|20|EXACT|100000|match.likely.withExperts|no tier: its points are open, the rest reaches the mark",
            })
    void eachProfileGetsItsVerdict(
            Boolean inKaifeng,
            String tier,
            String revenue,
            String rd,
            Verdict verdict,
            String knownPoints,
            Estimate.Kind estimate,
            String amount,
            String conclusion,
            String what) {
        Match match = Matcher.match(program(yaml()), profile(inKaifeng, tier, revenue, rd));
        assertEquals(verdict, match.verdict(), what);
        assertPoints(knownPoints, match.knownPoints());
        assertEquals(estimate, match.estimate().kind(), what);
        if (amount == null) {
            assertNull(match.estimate().amount(), what);
        } else {
            assertEquals(Money.ofYuan(amount), match.estimate().amount(), what);
        }
        assertEquals(conclusion, match.reasons().list().get(0).key(), what);
    }

    @Test
    void theReasonsNameTheGatesTheUnknownFactsAndTheEstimate() {
        Match match = Matcher.match(program(yaml()), profile(null, "BACKBONE", null, "1000000"));
        List<String> keys =
                match.reasons().list().stream().map(Explanation::key).toList();
        assertEquals("match.possible", keys.get(0));
        assertTrue(keys.contains("match.gate.unknown"), keys.toString());
        assertTrue(keys.contains("choice.option"), "the tier's points are explained: " + keys);
        assertEquals("match.estimate.upTo", keys.get(keys.size() - 1));
        // the fields to fill in, in the form's order: the ratio's (through the derived value), the gate's, patents
        assertEquals(List.of("revenue", "inKaifeng", "patents"), match.unknownFields());
    }

    @Test
    void aFactTheLanguageNeverReadDoesNotMakeAGateUnknown() {
        // "or" stops at a true left side: the unstated right side cannot change the gate
        String yaml = yaml().replace("when: inKaifeng", "when: inKaifeng or patents >= 1");
        Match met = Matcher.match(program(yaml), profile(true, "BACKBONE", "10000000", "1000000"));
        assertEquals(Verdict.LIKELY, met.verdict());
        Match open = Matcher.match(program(yaml), profile(false, "BACKBONE", "10000000", "1000000"));
        assertEquals(Verdict.POSSIBLE, open.verdict(), "false or an unknown is unknown");
    }

    @Test
    void anAwardThatReadsTheTotalIsEstimatedOnlyWhenTheTotalIsKnown() {
        String yaml = yaml().replace("formula: revenue * 0.01", "formula: \"revenue * (total >= 30 ? 0.02 : 0.01)\"");
        Match withExperts = Matcher.match(program(yaml), profile(true, "BACKBONE", "10000000", "1000000"));
        assertEquals(Estimate.Kind.UP_TO, withExperts.estimate().kind(), "the experts' points are not known yet");
        String objective = yaml.replace("expertPanel: true, minExperts: 3", "expertPanel: false")
                .replaceAll("(?s)  - code: ip\n.*?(?=pass:)", "")
                .replace("minTotal: 40", "minTotal: 20");
        Match known = Matcher.match(program(objective), profile(true, "BACKBONE", "10000000", "1000000"));
        assertEquals(Verdict.LIKELY, known.verdict());
        assertEquals(new Estimate(Estimate.Kind.EXACT, Money.ofYuan(200000)), known.estimate());
    }

    @Test
    void aChoiceTheFieldDoesNotOfferIsLeftUnknown() {
        String yaml = yaml().replace(", {code: OTHER, label: 其他}]", "]").replace(", OTHER: 0}", "}");
        Match match = Matcher.match(program(yaml), profile(true, "OTHER", "10000000", "1000000"));
        assertTrue(match.unknownFields().contains("tier"), match.unknownFields().toString());
        assertEquals(Verdict.LIKELY, match.verdict(), "20 known + 20 experts still reach 40");
    }

    @Test
    void matchingIsRepeatable() {
        ProgramDefinition program = program(yaml());
        Map<String, Object> facts = profile(true, "SPECIALISED", "5000000", "400000");
        assertEquals(Matcher.match(program, facts), Matcher.match(program, facts));
        assertFalse(Matcher.match(program, Map.of()).verdict() == Verdict.NOT, "an empty profile rules nothing out");
    }
}
