package cn.kaifeng.tfs.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.matching.domain.Match;
import cn.kaifeng.tfs.matching.domain.Matcher;
import cn.kaifeng.tfs.matching.domain.Verdict;
import cn.kaifeng.tfs.program.Programs;
import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.domain.ProfileFill;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The definition keys of matching ({@code profile:} on a field, {@code mode:} of the program): what the import
 * refuses, what a new application is pre-filled with, and how the eight shipped programs match a real profile.
 */
class ProfileKeysTest {

    private static List<DefinitionProblem> problems(String yaml) {
        return assertThrows(
                        InvalidDefinitionException.class,
                        () -> Programs.reader().read("broken.yaml", yaml))
                .problems();
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "profile: revenueLastYear|profile: revenueLastYr|unknownProfileFact|a fact the profile does not have",
                "profile: registeredInKaifeng|profile: revenueLastYear|profileFactKind|yuan cannot fill a yes/no field",
                "version: 1|version: 1\\nmode: sometimes|notOneOf|a mode that is neither",
                "version: 1|version: 1\\nmode: no-application\\n# patents|noApplicationField|a required field nobody fills",
            })
    void mistakesInTheMatchingKeysAreReported(String original, String replacement, String key, String what) {
        String yaml = MatcherTest.yaml().replace(original, replacement.replace("\\n", "\n"));
        if (key.equals("noApplicationField")) {
            yaml = yaml.replace("{code: patents, type: NUMBER,", "{code: patents, type: NUMBER, required: true,");
        }
        List<DefinitionProblem> found = problems(yaml);
        assertEquals(key, found.get(0).key(), what + ": " + found);
        assertFalse(found.get(0).describe(Locale.SIMPLIFIED_CHINESE).isBlank());
    }

    @Test
    void aTeamMemberAttributeMustExist() {
        String yaml = read("kf-rc-team.yaml").replace("profile: employer", "profile: idNumber");
        assertEquals("unknownProfileFact", problems(yaml).get(0).key());
    }

    @Test
    void noApplicationNeedsEveryRequiredFactFromTheProfileAndAnAward() {
        String yaml = MatcherTest.yaml().replace("version: 1", "version: 1\nmode: no-application");
        ProgramDefinition program = MatcherTest.program(yaml);
        assertTrue(program.noApplication());
        assertFalse(MatcherTest.program(MatcherTest.yaml()).noApplication(), "application is the default");
        String noAward = yaml.replaceAll("(?s)award:.*?(?=letters:)", "");
        assertTrue(problems(noAward).stream().anyMatch(p -> p.key().equals("noApplicationAward")));
    }

    @Test
    void theLeaseSubsidyStillNeedsAnApplication() {
        // its award rests on the lease, which no profile states (see the comment in the file)
        ProgramDefinition leasing = Programs.shipped("kf-zl-leasing.yaml");
        assertFalse(leasing.noApplication());
        assertFalse(leasing.field("leasingAmount").orElseThrow().profile() != null);
    }

    @Test
    void aNewTeamApplicationStartsWithWhatTheProfileStates() {
        ProgramDefinition team = Programs.shipped("kf-rc-team.yaml");
        Map<String, Object> facts = Map.of(
                "techField", "XR",
                "scenes", List.of("EDUCATION", "NOT_AN_OPTION"),
                "teamMembers", List.of(Map.of("name", "张三", "role", "负责人", "employer", "开封大学", "title", "教授")));
        Map<String, Object> values = ProfileFill.values(team, facts);
        assertEquals("XR", values.get("techField"));
        assertEquals(List.of("EDUCATION"), values.get("scenes"), "only options the field offers");
        assertEquals(
                List.of(Map.of("name", "张三", "role", "负责人", "employer", "开封大学")),
                values.get("teamMembers"),
                "the attributes the sub-fields name; whether a member is high-level is the applicant's to say");
        assertFalse(ProfileFill.whole(team.field("teamMembers").orElseThrow()));
        assertFalse(values.containsKey("projectInKaifeng"), "a fact of the project, not of the team");
    }

    /** A verified enterprise in Kaifeng with its tier, fields, scenes and finances stated. */
    private static final Map<String, Object> ENTERPRISE = Map.of(
            "registeredInKaifeng",
            true,
            "enterpriseTier",
            "SPECIALISED",
            "techField",
            "XR",
            "techFields",
            List.of("XR"),
            "scenes",
            List.of("INDUSTRY", "CULTURE_TOURISM"),
            "headcount",
            new BigDecimal("80"),
            "revenueLastYear",
            new BigDecimal("30000000"),
            "rdLastYear",
            new BigDecimal("3000000"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "kf-gz-equity-debt.yaml, POSSIBLE",
        "kf-jj-fund.yaml, POSSIBLE",
        "kf-rc-talent.yaml, POSSIBLE",
        "kf-rc-team.yaml, POSSIBLE",
        "kf-xd-credit.yaml, POSSIBLE",
        "kf-xd-equity-pledge.yaml, POSSIBLE",
        "kf-xd-ip-pledge.yaml, POSSIBLE",
        "kf-zl-leasing.yaml, POSSIBLE",
    })
    void eachShippedProgramMatchesAProfileHonestly(String file, Verdict expected) {
        ProgramDefinition program = Programs.shipped(file);
        Match match = Matcher.match(program, ENTERPRISE);
        // every program asks facts no profile states (the 失信 declaration, the project, the loan), so "possible"
        assertEquals(expected, match.verdict(), match.reasons().toString());
        assertTrue(
                match.unknownFields().contains("noSeriousDishonesty"),
                match.unknownFields().toString());
        boolean kaifengGate = program.field("registeredInKaifeng")
                .map(f -> f.profile() != null)
                .orElse(false);
        if (kaifengGate) {
            Map<String, Object> outside = new java.util.HashMap<>(ENTERPRISE);
            outside.put("registeredInKaifeng", false);
            assertEquals(Verdict.NOT, Matcher.match(program, outside).verdict(), "registered outside Kaifeng");
        }
    }

    private static String read(String file) {
        try {
            return java.nio.file.Files.readString(Path.of("..", "config", "programs", file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
