package cn.kaifeng.tfs.program.domain;

import cn.kaifeng.tfs.program.expression.ExpressionException;
import cn.kaifeng.tfs.program.expression.Facts;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Scores an application's facts against a program version. Order: derived values, gates, criteria by section
 * (capped per section), then the outcome: gates first, then direct routes, then the pass rule (total and section
 * minimums), with expert-judged criteria counted as pending. The award is proposed only for a passed application.
 *
 * <p>A pure function of its inputs, holding no state, safe from any thread.
 */
public final class Assessor {

    private Assessor() {}

    public static Assessment assess(ProgramDefinition program, Facts input) {
        return assess(program, input, Map.of());
    }

    /**
     * The assessment with the expert panel's points for the expert-judged criteria ({@code panelScores}, by
     * criterion code); a criterion the panel has not scored stays pending.
     */
    public static Assessment assess(ProgramDefinition program, Facts input, Map<String, BigDecimal> panelScores) {
        Map<String, String> derivedValues = new LinkedHashMap<>();
        final Facts all = derive(program, input, derivedValues);

        List<GateResult> gates = new ArrayList<>(program.gates().size());
        for (Gate gate : program.gates()) {
            boolean passed = safely(() -> gate.condition().test(all), false);
            gates.add(
                    new GateResult(gate.code(), gate.name(), gate.source(), passed, passed ? null : gate.failReason()));
        }

        List<SectionResult> sections = new ArrayList<>(program.sections().size());
        BigDecimal total = BigDecimal.ZERO;
        for (Section section : program.sections()) {
            SectionResult result = score(section, all, program.passRule(), panelScores);
            sections.add(result);
            total = total.add(result.points());
        }

        boolean eligible = gates.stream().allMatch(GateResult::passed);
        Outcome outcome;
        String route = null;
        Explanation decidedBy;
        if (!eligible) {
            outcome = Outcome.INELIGIBLE;
            List<GateResult> failed = gates.stream().filter(g -> !g.passed()).toList();
            decidedBy = Explanation.of(
                    "decided.ineligible",
                    new LocalizedText(
                            failed.stream().map(g -> g.name().zh()).collect(Collectors.joining("、")),
                            failed.stream()
                                    .map(g -> g.name().in(Locale.ENGLISH))
                                    .collect(Collectors.joining("; "))));
        } else {
            DirectRoute matched = program.directRoutes().stream()
                    .filter(r -> safely(() -> r.condition().test(all), false))
                    .findFirst()
                    .orElse(null);
            if (matched != null) {
                outcome = Outcome.PASSED;
                route = matched.code();
                decidedBy = Explanation.of("decided.directRoute", matched.name());
            } else {
                Decision decision = decide(program.passRule(), sections, total);
                outcome = decision.outcome;
                decidedBy = decision.explanation;
            }
        }

        Money award = null;
        Explanation awardExplanation = null;
        if (outcome == Outcome.PASSED && program.award() != null) {
            Facts withTotal = all.with("total", total);
            BigDecimal computed = safely(() -> program.award().formula().number(withTotal), BigDecimal.ZERO)
                    .max(BigDecimal.ZERO)
                    .setScale(Money.SCALE, RoundingMode.HALF_UP);
            Money uncapped = toMoney(computed);
            award = program.award().cap() == null
                    ? uncapped
                    : uncapped.min(program.award().cap());
            awardExplanation = award.equals(uncapped)
                    ? Explanation.of("award.formula", program.award().description(), award.yuan())
                    : Explanation.of("award.capped", program.award().description(), uncapped.yuan(), award.yuan());
        }
        return new Assessment(
                program.code(),
                program.version(),
                program.contentHash(),
                derivedValues,
                List.copyOf(gates),
                List.copyOf(sections),
                total,
                program.maxTotal(),
                outcome,
                route,
                decidedBy,
                award,
                awardExplanation);
    }

    /**
     * The facts with the program's derived values added, as gates, criteria and expert ranges see them (the expert's
     * form asks the range of a criterion on these).
     */
    public static Facts withDerived(ProgramDefinition program, Facts input) {
        return derive(program, input, new LinkedHashMap<>());
    }

    private static Facts derive(ProgramDefinition program, Facts input, Map<String, String> shown) {
        Facts facts = input;
        for (DerivedValue derived : program.derived()) {
            Facts before = facts;
            Object value = safely(() -> derived.expression().evaluate(before), null);
            facts = facts.with(derived.code(), value);
            shown.put(derived.code(), value instanceof BigDecimal d ? Explanation.plain(d) : String.valueOf(value));
        }
        return facts;
    }

    private static SectionResult score(
            Section section, Facts facts, PassRule rule, Map<String, BigDecimal> panelScores) {
        List<CriterionResult> results = new ArrayList<>(section.criteria().size());
        BigDecimal uncapped = BigDecimal.ZERO;
        for (Criterion criterion : section.criteria()) {
            BigDecimal panel = criterion.rule().expertJudged() ? panelScores.get(criterion.code()) : null;
            if (panel != null) {
                // never cut to fit: a score outside what these facts allow (a version with a lower maximum, a grade
                // closed to this applicant) is the panel's to give again, and the reviewer is told which and why
                criterion.rule().expertRange(facts).checkPanel(criterion.name(), panel);
            }
            ScoringRule.Score score = panel != null
                    ? criterion.rule().judged(panel, facts)
                    : safely(
                            () -> criterion.rule().score(facts),
                            new ScoringRule.Score(
                                    BigDecimal.ZERO, Explanation.of("criterion.unreadable", criterion.name())));
            results.add(new CriterionResult(
                    criterion.code(),
                    criterion.name(),
                    criterion.source(),
                    score.points(),
                    criterion.max(),
                    criterion.bonus(),
                    rule.criterionMinimums().get(criterion.code()),
                    score.explanation()));
            if (score.points() != null) {
                uncapped = uncapped.add(score.points());
            }
        }
        return new SectionResult(
                section.code(),
                section.name(),
                uncapped.min(section.max()),
                uncapped,
                section.max(),
                rule.sectionMinimums().get(section.code()),
                List.copyOf(results));
    }

    private record Decision(Outcome outcome, Explanation explanation) {}

    /**
     * The pass rule over the scored sections. With expert criteria pending, the best case (full marks for them)
     * decides whether the application can still pass; only then is the outcome left pending.
     */
    private static Decision decide(PassRule rule, List<SectionResult> sections, BigDecimal total) {
        boolean pending = sections.stream().anyMatch(SectionResult::pending);
        BigDecimal bestTotal = BigDecimal.ZERO;
        for (SectionResult section : sections) {
            for (CriterionResult criterion : section.criteria()) {
                BigDecimal best = criterion.pending() ? criterion.max() : criterion.points();
                if (criterion.minimum() != null && !criterion.minimum().metBy(best)) {
                    return new Decision(
                            Outcome.FAILED,
                            Explanation.of(
                                    criterion.pending()
                                            ? "decided.failed.criterionEvenWithExperts"
                                            : "decided.failed.criterion",
                                    criterion.name(),
                                    best,
                                    criterion.minimum().words()));
                }
            }
            BigDecimal best = best(section);
            bestTotal = bestTotal.add(best);
            if (section.minimum() != null && !section.minimum().metBy(best)) {
                return new Decision(
                        Outcome.FAILED,
                        Explanation.of(
                                pending ? "decided.failed.sectionEvenWithExperts" : "decided.failed.section",
                                section.name(),
                                best,
                                section.minimum().words()));
            }
        }
        if (!rule.total().metBy(bestTotal)) {
            return new Decision(
                    Outcome.FAILED,
                    Explanation.of(
                            pending ? "decided.failed.totalEvenWithExperts" : "decided.failed.total",
                            bestTotal,
                            rule.total().words()));
        }
        if (pending) {
            BigDecimal pendingMax = bestTotal.subtract(total);
            return new Decision(
                    Outcome.PENDING_EXPERT,
                    Explanation.of(
                            "decided.pending", total, pendingMax, rule.total().words()));
        }
        return new Decision(
                Outcome.PASSED,
                Explanation.of(
                        rule.hasPartMinimums() ? "decided.passedWithSections" : "decided.passed",
                        total,
                        rule.total().words()));
    }

    /** A section's points if every pending expert criterion got its maximum (still capped at the section's max). */
    private static BigDecimal best(SectionResult section) {
        BigDecimal sum = section.uncapped();
        for (CriterionResult c : section.criteria()) {
            if (c.pending()) {
                sum = sum.add(c.max());
            }
        }
        return sum.min(section.max());
    }

    private static Money toMoney(BigDecimal yuan) {
        try {
            return Money.ofYuan(yuan);
        } catch (DomainException e) {
            // an absurd formula result (beyond a trillion yuan) is capped by the rule's cap, never stored as is
            return Money.ofYuan(Money.MAX);
        }
    }

    /**
     * Facts come from users: a value of the wrong type (text where a number is expected) must not break scoring;
     * the expression then counts as not met (or zero), which the explanation shows.
     */
    private static <T> T safely(Supplier<T> evaluation, T fallback) {
        try {
            return evaluation.get();
        } catch (ExpressionException | ClassCastException | IllegalArgumentException | ArithmeticException e) {
            return fallback;
        }
    }
}
