package cn.kaifeng.tfs.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.domain.Criterion;
import cn.kaifeng.tfs.program.domain.DirectRoute;
import cn.kaifeng.tfs.program.domain.Gate;
import cn.kaifeng.tfs.program.domain.PolicyDocument;
import cn.kaifeng.tfs.program.domain.PolicySource;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every shipped program in config/programs: reads without problems, cites the plans word for word, and together
 * the programs use every criterion type.
 */
class ShippedProgramsTest {

    private static final Map<PolicyDocument, String> POLICY_FILES = Map.of(
            PolicyDocument.HENAN_2022, "henan-metaverse-action-plan-2022-2025.txt",
            PolicyDocument.KAIFENG_2023, "kaifeng-metaverse-action-plan-2023-2025.txt");

    /** Every shipped file, read as the server reads it; a problem in any file fails here with its message. */
    static List<ProgramDefinition> all() {
        return Programs.shippedFiles().stream().map(Programs::read).toList();
    }

    static String withoutWhitespace(String text) {
        return text.replaceAll("(?U)\\s+", "");
    }

    static Map<PolicyDocument, String> policyTexts() {
        Map<PolicyDocument, String> texts = new LinkedHashMap<>();
        POLICY_FILES.forEach((document, file) -> {
            try {
                texts.put(
                        document,
                        withoutWhitespace(Files.readString(Programs.POLICY.resolve(file), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return texts;
    }

    @Test
    void allEightProgramsReadWithoutProblems() {
        List<Path> files = Programs.shippedFiles();
        assertEquals(8, files.size(), () -> "shipped files: " + files);
        List<ProgramDefinition> programs = all();
        assertEquals(8, programs.size());
        for (ProgramDefinition program : programs) {
            assertEquals(
                    0,
                    new java.math.BigDecimal("100").compareTo(program.maxTotal()),
                    program.code() + " should have 100 points");
            assertNotNull(program.name().en(), program.code() + " needs an English name");
            assertNotNull(program.effectiveFrom(), program.code());
            assertTrue(program.openOn(java.time.LocalDate.of(2026, 1, 1)), program.code() + " open in 2026");
            assertTrue(program.openOn(java.time.LocalDate.of(2026, 12, 31)), program.code() + " open in 2026");
            assertFalse(program.applicants().isEmpty(), program.code());
        }
    }

    @Test
    void everyRuleQuotesItsDocumentWordForWord() {
        Map<PolicyDocument, String> texts = policyTexts();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ProgramDefinition program : all()) {
            Map<String, PolicySource> sources = new LinkedHashMap<>();
            for (Gate gate : program.gates()) {
                sources.put("gate " + gate.code(), gate.source());
            }
            for (Criterion criterion : program.criteria()) {
                sources.put("criterion " + criterion.code(), criterion.source());
            }
            for (DirectRoute route : program.directRoutes()) {
                sources.put("direct route " + route.code(), route.source());
            }
            sources.put("pass rule", program.passRule().source());
            sources.put("award", program.award().source());
            if (program.ranking().source() != null) {
                sources.put("ranking", program.ranking().source());
            }
            program.exclusions().forEach(rule -> sources.put("exclusive " + rule.code(), rule.source()));
            for (Map.Entry<String, PolicySource> entry : sources.entrySet()) {
                checked++;
                String where = program.code() + " " + entry.getKey();
                PolicySource source = entry.getValue();
                if (source == null || source.quote() == null || source.quote().isBlank()) {
                    wrong.add(where + ": no quote");
                } else if (source.clause() == null || source.clause().isBlank()) {
                    wrong.add(where + ": no clause");
                } else if (!texts.get(source.document()).contains(withoutWhitespace(source.quote()))) {
                    wrong.add(where + ": not in " + source.document() + ": " + source.quote());
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        assertTrue(checked > 100, "checked " + checked + " sources");
    }

    @Test
    void codesAndNumberPrefixesAreUniqueAndEveryCriterionTypeIsUsed() {
        Set<String> codes = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        Set<String> used = new TreeSet<>();
        for (ProgramDefinition program : all()) {
            assertTrue(codes.add(program.code()), "duplicate program code " + program.code());
            assertTrue(prefixes.add(program.numberPrefix()), "application numbers would collide: " + program.code());
            program.criteria().forEach(c -> used.add(c.type()));
        }
        assertEquals(new TreeSet<>(Programs.types().codes()), used);
    }

    @Test
    void aBonusItemIsUsedBeyondTheFirstProgram() {
        long programsWithBonus = all().stream()
                .filter(p -> p.criteria().stream().anyMatch(Criterion::bonus))
                .count();
        assertTrue(programsWithBonus >= 2, "programs with a bonus item: " + programsWithBonus);
    }
}
