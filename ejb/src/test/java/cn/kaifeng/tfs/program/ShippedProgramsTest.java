package cn.kaifeng.tfs.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.domain.Criterion;
import cn.kaifeng.tfs.program.domain.DirectRoute;
import cn.kaifeng.tfs.program.domain.Gate;
import cn.kaifeng.tfs.program.domain.PolicySource;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
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

    /** Every shipped file, read as the server reads it; a problem in any file fails here with its message. */
    static List<ProgramDefinition> all() {
        return Programs.shippedFiles().stream().map(Programs::read).toList();
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

    /**
     * The reader already refuses a quote that is not in its cited clause; here every rule must also have a quote
     * at all, and the review settings and the bureau's settings must say where they come from.
     */
    @Test
    void everyRuleQuotesTheClauseItCites() {
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
            sources.put("award.validMonths", program.award().validMonthsSource());
            sources.put("review", program.reviewPath().source());
            sources.put("bureauSettings", program.bureauSettings());
            if (program.ranking().source() != null) {
                sources.put("ranking", program.ranking().source());
            }
            program.exclusions().forEach(rule -> sources.put("exclusive " + rule.code(), rule.source()));
            for (Map.Entry<String, PolicySource> entry : sources.entrySet()) {
                checked++;
                String where = program.code() + " " + entry.getKey();
                PolicySource source = entry.getValue();
                if (source == null || source.quote() == null || source.quote().isBlank()) {
                    wrong.add(where + ": no source with a quote");
                } else if (!Programs.policies()
                        .find(source.document())
                        .orElseThrow()
                        .clauses()
                        .contains(source.clause(), source.quote())) {
                    wrong.add(where + ": not in " + source.document() + " " + source.clause());
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        assertTrue(checked > 100, "checked " + checked + " sources");
    }

    /**
     * The plans ended in 2025; the programs of 2026 stand on the bureau's (example) rules, in force all year, and
     * the pages can say when that basis expires.
     */
    @Test
    void everyProgramsBasisIsInForceThroughout2026() {
        for (ProgramDefinition program : all()) {
            var basis = Programs.policies().basis(program, program.effectiveFrom());
            assertEquals(java.time.LocalDate.of(2026, 12, 31), basis.expiresOn(), program.code());
            assertTrue(
                    basis.documents().stream()
                            .anyMatch(e -> e.document() != null && e.document().example()),
                    program.code() + " cites the bureau's implementing document");
            assertTrue(
                    basis.documents().stream().anyMatch(cn.kaifeng.tfs.program.domain.ProgramBasis.Entry::expired),
                    program.code() + " still shows the ended plans it relies on");
        }
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
