package cn.kaifeng.tfs.matching.domain;

import cn.kaifeng.tfs.program.domain.Criterion;
import cn.kaifeng.tfs.program.domain.DerivedValue;
import cn.kaifeng.tfs.program.domain.DirectRoute;
import cn.kaifeng.tfs.program.domain.Explanation;
import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.domain.Gate;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.Minimum;
import cn.kaifeng.tfs.program.domain.ProfileFill;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.ScoringRule;
import cn.kaifeng.tfs.program.domain.Section;
import cn.kaifeng.tfs.program.expression.ExpressionException;
import cn.kaifeng.tfs.program.expression.Facts;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs a program version's gates, objective criteria, direct routes and award formula over what an organisation's
 * profile states, without an application. A rule is judged only if every fact it actually read is stated (the
 * language evaluates {@code and}, {@code or} and {@code ?:} lazily, so a fact that did not matter is not read); a
 * rule that read an unstated fact is unknown, never failed: it counts no points and could give its maximum.
 *
 * <p>Pure and stateless, safe from any thread: the nightly run and the benchmark call it for every profile.
 */
public final class Matcher {

    /** The award formula's name for the score: known only when no criterion is unknown or left to the experts. */
    private static final String TOTAL = "total";

    private Matcher() {}

    public static Match match(ProgramDefinition program, Map<String, Object> profileFacts) {
        return new Run(program, profileFacts).match();
    }

    /** One matching, holding what it learns about which names are known. */
    private static final class Run {

        private final ProgramDefinition program;
        private final Set<String> known = new HashSet<>();
        /** For each derived value, the form fields it rests on, so that an unknown one is named by its fields. */
        private final Map<String, Set<String>> fieldsOf = new HashMap<>();

        private final List<Explanation> gateReasons = new ArrayList<>();
        private final Set<String> unknownFields = new LinkedHashSet<>();
        private Facts facts;

        Run(ProgramDefinition program, Map<String, Object> profileFacts) {
            this.program = program;
            Map<String, Object> filled = ProfileFill.values(program, profileFacts);
            for (FieldDefinition field : program.fields()) {
                if (filled.containsKey(field.code()) && ProfileFill.whole(field)) {
                    known.add(field.code());
                }
            }
            facts = Facts.of(filled);
            for (DerivedValue derived : program.derived()) {
                Set<String> reads = new HashSet<>();
                Facts before = facts;
                Object value = safely(() -> derived.expression().evaluate(before.noting(reads)), null);
                facts = facts.with(derived.code(), value);
                Set<String> fields = new HashSet<>();
                reads.forEach(name -> fields.addAll(fieldsOf.getOrDefault(name, Set.of(name))));
                fieldsOf.put(derived.code(), fields);
                if (known.containsAll(reads)) {
                    known.add(derived.code());
                }
            }
        }

        Match match() {
            int failedGates = 0;
            int unknownGates = 0;
            for (Gate gate : program.gates()) {
                Set<String> reads = new HashSet<>();
                boolean met = safely(() -> gate.condition().test(facts.noting(reads)), false);
                Set<String> missing = missing(reads);
                if (!missing.isEmpty()) {
                    unknownGates++;
                    gateReasons.add(Explanation.of("match.gate.unknown", gate.name(), labels(missing)));
                } else if (met) {
                    gateReasons.add(Explanation.of("match.gate.met", gate.name()));
                } else {
                    failedGates++;
                    gateReasons.add(Explanation.of("match.gate.failed", gate.name(), gate.failReason()));
                }
            }
            Points points = points();
            DirectRoute routeMet = null;
            boolean routeOpen = false;
            for (DirectRoute route : program.directRoutes()) {
                Set<String> reads = new HashSet<>();
                boolean met = safely(() -> route.condition().test(facts.noting(reads)), false);
                if (!missing(reads).isEmpty()) {
                    routeOpen = true;
                } else if (met && routeMet == null) {
                    routeMet = route;
                }
            }

            Minimum minTotal = program.passRule().total();
            Verdict verdict;
            Explanation conclusion;
            if (failedGates > 0) {
                verdict = Verdict.NOT;
                conclusion = Explanation.of("match.not.gate");
            } else if (!points.reachable(minTotal) && routeMet == null && !routeOpen) {
                verdict = Verdict.NOT;
                conclusion = Explanation.of("match.not.points", points.best, minTotal.words());
            } else if (unknownGates == 0 && routeMet != null) {
                verdict = Verdict.LIKELY;
                conclusion = Explanation.of("match.likely.route", routeMet.name());
            } else if (unknownGates == 0 && points.likely(minTotal)) {
                verdict = Verdict.LIKELY;
                conclusion = points.expert.signum() == 0
                        ? Explanation.of("match.likely.points", points.known, minTotal.words())
                        : Explanation.of("match.likely.withExperts", points.known, points.expert, minTotal.words());
            } else {
                verdict = Verdict.POSSIBLE;
                conclusion = Explanation.of(
                        "match.possible",
                        points.known,
                        points.expert,
                        points.open,
                        minTotal.words(),
                        labels(unknownFields));
            }
            Estimate estimate = verdict == Verdict.NOT ? Estimate.NONE : estimate(points);
            List<Explanation> reasons = new ArrayList<>();
            reasons.add(conclusion);
            reasons.addAll(gateReasons);
            if (verdict != Verdict.NOT) {
                reasons.addAll(points.reasons);
                reasons.add(estimateReason(estimate));
            }
            return new Match(
                    program.code(),
                    program.version(),
                    verdict,
                    points.known,
                    program.fields().stream()
                            .map(FieldDefinition::code)
                            .filter(unknownFields::contains)
                            .toList(),
                    estimate,
                    new Reasons(reasons));
        }

        /** Points by section: from known facts, left to the experts, and open (criteria that read unknown facts). */
        private Points points() {
            Points p = new Points();
            for (Section section : program.sections()) {
                BigDecimal sectionKnown = BigDecimal.ZERO;
                BigDecimal expert = BigDecimal.ZERO;
                BigDecimal open = BigDecimal.ZERO;
                for (Criterion criterion : section.criteria()) {
                    Minimum criterionMinimum =
                            program.passRule().criterionMinimums().get(criterion.code());
                    if (criterion.expertJudged()) {
                        expert = expert.add(criterion.max());
                        // the experts may give full marks: the minimum is out of reach only if even those miss it
                        p.criterionMinimum(criterionMinimum, criterion.max(), criterion.max());
                        continue;
                    }
                    Set<String> reads = new HashSet<>();
                    ScoringRule.Score score = safely(() -> criterion.rule().score(facts.noting(reads)), null);
                    Set<String> missing = missing(reads);
                    if (!missing.isEmpty() || score == null || score.points() == null) {
                        open = open.add(criterion.max());
                        p.openCriteria++;
                        p.criterionMinimum(criterionMinimum, null, criterion.max());
                    } else {
                        p.criterionMinimum(criterionMinimum, score.points(), score.points());
                        sectionKnown = sectionKnown.add(score.points());
                        if (score.points().signum() > 0) {
                            p.reasons.add(score.explanation());
                        }
                    }
                }
                p.add(
                        section,
                        sectionKnown,
                        expert,
                        open,
                        program.passRule().sectionMinimums().get(section.code()));
            }
            if (p.openCriteria == 0 && p.expert.signum() == 0) {
                known.add(TOTAL);
            }
            return p;
        }

        private Estimate estimate(Points points) {
            if (program.award() == null) {
                return Estimate.NONE;
            }
            Set<String> reads = new HashSet<>();
            Facts withTotal = facts.with(TOTAL, points.known);
            BigDecimal computed = safely(() -> program.award().formula().number(withTotal.noting(reads)), null);
            Money cap = program.award().cap();
            if (computed == null || !known.containsAll(reads)) {
                return cap == null ? Estimate.NONE : new Estimate(Estimate.Kind.UP_TO, cap);
            }
            Money amount = money(computed.max(BigDecimal.ZERO).setScale(Money.SCALE, RoundingMode.HALF_UP));
            return new Estimate(Estimate.Kind.EXACT, cap == null ? amount : amount.min(cap));
        }

        private Explanation estimateReason(Estimate estimate) {
            return switch (estimate.kind()) {
                case EXACT ->
                    Explanation.of(
                            "match.estimate.exact",
                            estimate.amount().yuan(),
                            program.award().description());
                case UP_TO ->
                    Explanation.of(
                            "match.estimate.upTo",
                            estimate.amount().yuan(),
                            program.award().description());
                case NONE -> Explanation.of("match.estimate.none");
            };
        }

        /** The form fields behind the unknown names among these reads; noted for the match's list too. */
        private Set<String> missing(Set<String> reads) {
            Set<String> missing = new LinkedHashSet<>();
            for (String name : reads) {
                if (!known.contains(name) && !TOTAL.equals(name)) {
                    for (String field : fieldsOf.getOrDefault(name, Set.of(name))) {
                        if (!known.contains(field)) {
                            missing.add(field);
                        }
                    }
                }
            }
            if (reads.contains(TOTAL) && !known.contains(TOTAL)) {
                missing.add(TOTAL);
            }
            missing.stream().filter(f -> !TOTAL.equals(f)).forEach(unknownFields::add);
            return missing;
        }

        /** Field labels joined, in the form's order, in both languages. */
        private LocalizedText labels(Set<String> fieldCodes) {
            List<FieldDefinition> fields = program.fields().stream()
                    .filter(f -> fieldCodes.contains(f.code()))
                    .toList();
            if (fields.isEmpty()) {
                return new LocalizedText("总分", "the total score");
            }
            return new LocalizedText(
                    fields.stream().map(f -> f.label().zh()).collect(Collectors.joining("、")),
                    fields.stream().map(f -> f.label().in(Locale.ENGLISH)).collect(Collectors.joining("; ")));
        }
    }

    /** Sums over the sections, each capped at its maximum, and whether the section minimums can be met. */
    private static final class Points {
        BigDecimal known = BigDecimal.ZERO;
        BigDecimal expert = BigDecimal.ZERO;
        BigDecimal open = BigDecimal.ZERO;
        BigDecimal withExperts = BigDecimal.ZERO;
        BigDecimal best = BigDecimal.ZERO;
        boolean minimumsWithExperts = true;
        boolean minimumsReachable = true;
        int openCriteria;
        final List<Explanation> reasons = new ArrayList<>();

        void add(
                Section section,
                BigDecimal sectionKnown,
                BigDecimal sectionExpert,
                BigDecimal sectionOpen,
                Minimum minimum) {
            BigDecimal cappedKnown = sectionKnown.min(section.max());
            BigDecimal cappedWithExperts = sectionKnown.add(sectionExpert).min(section.max());
            BigDecimal cappedBest =
                    sectionKnown.add(sectionExpert).add(sectionOpen).min(section.max());
            known = known.add(cappedKnown);
            expert = expert.add(cappedWithExperts.subtract(cappedKnown));
            open = open.add(cappedBest.subtract(cappedWithExperts));
            withExperts = withExperts.add(cappedWithExperts);
            best = best.add(cappedBest);
            if (minimum != null) {
                minimumsWithExperts &= minimum.metBy(cappedWithExperts);
                minimumsReachable &= minimum.metBy(cappedBest);
            }
        }

        /**
         * A single criterion's minimum: {@code likely} is the points counted as likely (known points, or full marks
         * for an expert criterion; null while a fact is unknown), {@code best} the most it can give.
         */
        void criterionMinimum(Minimum minimum, BigDecimal likely, BigDecimal best) {
            if (minimum != null) {
                minimumsWithExperts &= likely != null && minimum.metBy(likely);
                minimumsReachable &= minimum.metBy(best);
            }
        }

        boolean reachable(Minimum total) {
            return minimumsReachable && total.metBy(best);
        }

        boolean likely(Minimum total) {
            return minimumsWithExperts && total.metBy(withExperts);
        }
    }

    private static Money money(BigDecimal yuan) {
        try {
            return Money.ofYuan(yuan);
        } catch (DomainException e) {
            return Money.ofYuan(Money.MAX);
        }
    }

    /** As the assessor: a fact of the wrong type makes a rule not met (or zero), never breaks matching. */
    private static <T> T safely(Supplier<T> evaluation, T fallback) {
        try {
            return evaluation.get();
        } catch (ExpressionException | ClassCastException | IllegalArgumentException | ArithmeticException e) {
            return fallback;
        }
    }
}
