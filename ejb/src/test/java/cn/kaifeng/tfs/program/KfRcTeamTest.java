package cn.kaifeng.tfs.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.Assessor;
import cn.kaifeng.tfs.program.domain.Outcome;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.expression.Facts;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 元宇宙人才团队成果转化扶持 (config/programs/kf-rc-team.yaml): gates, every band edge, caps, routes, award. */
public class KfRcTeamTest {

    static final ProgramDefinition PROGRAM = Programs.shipped("kf-rc-team.yaml");

    /** A strong, eligible application; tests change one thing at a time. */
    public static Map<String, Object> strong() {
        Map<String, Object> f = new HashMap<>();
        f.put("techField", "XR");
        f.put("techLevel", "INTERNATIONAL_LEADING");
        f.put("ownIp", true);
        f.put("inventionPatents", new BigDecimal("5"));
        f.put("softwareCopyrights", BigDecimal.ZERO);
        f.put("talentTitle", "PROVINCIAL");
        f.put("teamMembers", members(10, 3));
        f.put("scenes", List.of("INDUSTRY", "EDUCATION", "SMART_CITY"));
        f.put("projectInKaifeng", true);
        f.put("noSeriousDishonesty", true);
        f.put("projectInvestment", new BigDecimal("20000000"));
        f.put("expectedRevenue", new BigDecimal("60000000"));
        f.put("requestedAmount", new BigDecimal("3000000"));
        return f;
    }

    static List<Map<String, Object>> members(int count, int highLevel) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(Map.of("name", "成员" + i, "role", "研发", "highLevel", i < highLevel));
        }
        return members;
    }

    static Assessment assess(Map<String, Object> facts) {
        return Assessor.assess(PROGRAM, Facts.of(facts));
    }

    static Assessment with(String field, Object value) {
        Map<String, Object> f = strong();
        f.put(field, value);
        return assess(f);
    }

    @Test
    void readsAsAHundredPointProgramWithAnExpertPart() {
        assertEquals("KF-RC-TEAM", PROGRAM.code());
        assertEquals(new BigDecimal("100"), PROGRAM.maxTotal());
        assertEquals(64, PROGRAM.contentHash().length());
        assertTrue(PROGRAM.reviewPath().expertPanel());
    }

    @Test
    void aStrongApplicationWaitsForTheExperts() {
        Assessment a = assess(strong());
        assertTrue(a.eligible());
        // technology 20 + 20; team 6 + 9; industrialisation 10 + 5 + 5 = 75 objective points
        assertEquals(0, new BigDecimal("75").compareTo(a.total()));
        assertEquals(Outcome.PENDING_EXPERT, a.outcome());
        assertTrue(a.criterion("commercialisation-prospects").pending());
        assertNull(a.award(), "no award before the panel has scored");
    }

    @ParameterizedTest(name = "{0} core invention patents -> {1} points")
    @CsvSource({"0, 0", "1, 6", "2, 6", "3, 12", "4, 12", "5, 20", "50, 20"})
    void corePatentBandEdges(int patents, int points) {
        Assessment a = with("inventionPatents", new BigDecimal(patents));
        assertEquals(
                0, new BigDecimal(points).compareTo(a.criterion("core-patents").points()));
    }

    @ParameterizedTest(name = "{0} software copyrights -> technology {1}")
    @CsvSource({"0, 40", "3, 40", "10, 40"})
    void bonusNeverLiftsTechnologyAboveItsMaximum(int copyrights, int technology) {
        Assessment a = with("softwareCopyrights", new BigDecimal(copyrights));
        assertEquals(
                0, new BigDecimal(technology).compareTo(a.section("technology").points()));
        assertEquals(
                0,
                new BigDecimal(Math.min(copyrights, 5))
                        .compareTo(a.criterion("software-copyrights").points()));
    }

    @Test
    void bonusCountsWhereTheSectionHasRoom() {
        Map<String, Object> f = strong();
        f.put("inventionPatents", new BigDecimal("3"));
        f.put("softwareCopyrights", new BigDecimal("3"));
        // 20 + 12 + 3 bonus = 35, under the 40 cap
        assertEquals(
                0,
                new BigDecimal("35").compareTo(assess(f).section("technology").points()));
    }

    @ParameterizedTest(name = "{0} high-level members -> {1} points")
    @CsvSource({"0, 0", "1, 3", "3, 9", "4, 9"})
    void highLevelTalentsCapAtNine(int highLevel, int points) {
        Assessment a = with("teamMembers", members(10, highLevel));
        assertEquals(
                0,
                new BigDecimal(points)
                        .compareTo(a.criterion("high-level-talents").points()));
    }

    @ParameterizedTest(name = "revenue {0}, investment {1} -> {2} points")
    @CsvSource({
        "60000000, 0, 10",
        "50000000, 0, 10",
        "49999999.99, 0, 6",
        "0, 20000000, 10",
        "0, 19999999, 6",
        "2000000, 5000000, 6",
        "1999999, 999999, 0",
        "2000000, 0, 3"
    })
    void marketScaleTakesTheBetterOfRevenueAndInvestment(String revenue, String investment, int points) {
        Map<String, Object> f = strong();
        f.put("expectedRevenue", new BigDecimal(revenue));
        f.put("projectInvestment", new BigDecimal(investment));
        assertEquals(
                0,
                new BigDecimal(points)
                        .compareTo(assess(f).criterion("market-scale").points()));
    }

    @ParameterizedTest(name = "gate {0} fails when {1} = {2}")
    @CsvSource({
        "project-in-kaifeng, projectInKaifeng, false",
        "no-serious-dishonesty, noSeriousDishonesty, false",
        "metaverse-field, techField, OTHER",
    })
    void eachGateFailsWithItsReason(String gate, String field, String value) {
        Object v = "false".equals(value) ? Boolean.FALSE : value;
        Assessment a = with(field, v);
        assertEquals(Outcome.INELIGIBLE, a.outcome());
        assertEquals(List.of(gate), a.failedGates().stream().map(g -> g.code()).toList());
        assertTrue(a.failedGates().get(0).failReason().zh().length() > 10);
    }

    @Test
    void coreTechnologyOrOwnIpIsEnoughForTheFirstGate() {
        Map<String, Object> f = strong();
        f.put("techLevel", "DOMESTIC_LEADING");
        f.put("ownIp", true);
        assertTrue(assess(f).eligible());
        f.put("ownIp", false);
        assertEquals(
                List.of("core-tech-or-ip"),
                assess(f).failedGates().stream().map(g -> g.code()).toList());
    }

    @Test
    void aNationalLeadingTalentQualifiesDirectlyButGatesStillApply() {
        Map<String, Object> f = strong();
        f.put("talentTitle", "NATIONAL");
        f.put("inventionPatents", BigDecimal.ZERO);
        Assessment a = assess(f);
        assertEquals(Outcome.PASSED, a.outcome());
        assertEquals("national-talent", a.directRoute());
        // 20 % of 20 million is 4 million, above the request of 3 million and the cap of 2 million
        assertEquals(Money.ofYuan(2_000_000), a.award());

        f.put("projectInKaifeng", false);
        assertEquals(Outcome.INELIGIBLE, assess(f).outcome());
    }

    @Test
    void failsWhenEvenFullExpertMarksCannotReachTheTechnologyMinimum() {
        Map<String, Object> f = strong();
        f.put("techLevel", "DOMESTIC_LEADING");
        f.put("inventionPatents", new BigDecimal("3"));
        // technology 8 + 12 = 20 < 25, and experts score another section
        Assessment a = assess(f);
        assertEquals(Outcome.FAILED, a.outcome());
        assertEquals("decided.failed.sectionEvenWithExperts", a.decidedBy().key());
    }

    @Test
    void sameFactsGiveTheSameAssessment() {
        assertEquals(assess(strong()), assess(strong()));
    }
}
