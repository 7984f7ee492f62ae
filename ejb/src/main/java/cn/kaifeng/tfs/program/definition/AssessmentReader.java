package cn.kaifeng.tfs.program.definition;

import cn.kaifeng.tfs.program.domain.Criterion;
import cn.kaifeng.tfs.program.domain.DirectRoute;
import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.domain.Gate;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.Minimum;
import cn.kaifeng.tfs.program.domain.PassRule;
import cn.kaifeng.tfs.program.domain.PolicySource;
import cn.kaifeng.tfs.program.domain.ScoringRule;
import cn.kaifeng.tfs.program.domain.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what an application is assessed by: the gates (资格条件) it must meet, the scored sections with their
 * criteria, each compiled by its criterion type against the form's fields, the pass rule (通过标准), and the direct
 * routes (直接认定) that pass it without the score. Also checks the arithmetic: a section's maximum is the sum of its
 * regular criteria's, and no section minimum is above the section's maximum.
 */
final class AssessmentReader {

    private static final List<String> CRITERION_KEYS = List.of("code", "name", "source", "type", "bonus");

    private final CriterionTypes types;
    private final Map<String, FieldDefinition> fields;
    private final boolean newDefinition;
    private final Parts parts = new Parts();

    AssessmentReader(CriterionTypes types, Map<String, FieldDefinition> fields, boolean newDefinition) {
        this.newDefinition = newDefinition;
        this.types = types;
        this.fields = fields;
    }

    List<Gate> gates(Spec spec) {
        List<Gate> gates = new ArrayList<>();
        for (Spec g : spec.list("gates")) {
            g.allowOnly(List.of("code", "name", "source", "when", "failReason"));
            gates.add(new Gate(
                    parts.code(g, Parts.Kind.GATE),
                    g.text("name"),
                    Parts.source(g),
                    g.expression("when"),
                    g.text("failReason")));
        }
        return gates;
    }

    List<Section> sections(Spec spec) {
        List<Section> sections = new ArrayList<>();
        for (Spec s : spec.list("sections")) {
            sections.add(section(s));
        }
        if (sections.isEmpty()) {
            spec.problem("missingKey", "sections");
        }
        return sections;
    }

    List<DirectRoute> directRoutes(Spec spec) {
        List<DirectRoute> routes = new ArrayList<>();
        for (Spec r : spec.list("directRoutes")) {
            r.allowOnly(List.of("code", "name", "source", "when"));
            routes.add(new DirectRoute(
                    parts.code(r, Parts.Kind.ROUTE), r.text("name"), Parts.source(r), r.expression("when")));
        }
        return routes;
    }

    static PassRule pass(Spec pass, List<Section> sections) {
        if (!pass.present()) {
            pass.problem("missingKey", "pass");
            return null;
        }
        pass.allowOnly(List.of("minTotal", "aboveTotal", "sectionMinimums", "criterionMinimums", "source"));
        Minimum total = null;
        if (pass.has("minTotal") == pass.has("aboveTotal")) {
            pass.problem("passTotalOnce");
        } else if (pass.has("minTotal")) {
            BigDecimal value = pass.decimal("minTotal");
            total = value == null ? null : Minimum.atLeast(value);
        } else {
            BigDecimal value = pass.decimal("aboveTotal");
            total = value == null ? null : Minimum.above(value);
        }
        Map<String, BigDecimal> sectionMaximums = new LinkedHashMap<>();
        Map<String, BigDecimal> criterionMaximums = new LinkedHashMap<>();
        for (Section section : sections) {
            sectionMaximums.put(section.code(), section.max());
            section.criteria().forEach(c -> criterionMaximums.put(c.code(), c.max()));
        }
        Map<String, Minimum> sectionMinimums =
                minimums(pass, "sectionMinimums", sectionMaximums, criterionMaximums, "unknownSection");
        Map<String, Minimum> criterionMinimums =
                minimums(pass, "criterionMinimums", criterionMaximums, sectionMaximums, "unknownCriterion");
        return new PassRule(total, sectionMinimums, criterionMinimums, Parts.source(pass));
    }

    /**
     * A map of part code to minimum: a number (不低于) or {@code {min: n}} / {@code {above: n}}. A code of the other
     * kind of part (a criterion among the section minimums) is named as such, since the codes share one namespace.
     */
    private static Map<String, Minimum> minimums(
            Spec pass,
            String key,
            Map<String, BigDecimal> maximums,
            Map<String, BigDecimal> otherKind,
            String unknownProblem) {
        Map<String, Minimum> minimums = new LinkedHashMap<>();
        pass.mapping(key).forEach((code, value) -> {
            Minimum minimum = minimum(value);
            if (!maximums.containsKey(code)) {
                value.problem(otherKind.containsKey(code) ? unknownProblem + "OtherKind" : unknownProblem, code);
            } else if (minimum != null && maximums.get(code) != null && !minimum.reachableWith(maximums.get(code))) {
                value.problem("minimumAboveMax", minimum.symbol(), maximums.get(code));
            } else if (minimum != null) {
                minimums.put(code, minimum);
            }
        });
        return Map.copyOf(minimums);
    }

    private static Minimum minimum(Spec value) {
        if (!value.isMapping()) {
            BigDecimal number = value.decimal();
            return number == null ? null : Minimum.atLeast(number);
        }
        value.allowOnly(List.of("min", "above"));
        if (value.has("min") == value.has("above")) {
            value.problem("minimumOnce");
            return null;
        }
        BigDecimal number = value.decimal(value.has("min") ? "min" : "above");
        return number == null ? null : new Minimum(number, value.has("above"));
    }

    private Section section(Spec s) {
        s.allowOnly(List.of("code", "name", "max", "criteria"));
        String code = parts.code(s, Parts.Kind.SECTION);
        LocalizedText name = s.text("name");
        BigDecimal max = s.decimal("max");
        List<Criterion> criteria = new ArrayList<>();
        List<Spec> items = s.list("criteria");
        if (items.isEmpty()) {
            s.problem("missingKey", "criteria");
        }
        for (Spec c : items) {
            Criterion criterion = criterion(c);
            if (criterion != null) {
                criteria.add(criterion);
            }
        }
        if (max != null && criteria.size() == items.size()) {
            BigDecimal regular = criteria.stream()
                    .filter(c -> !c.bonus())
                    .map(Criterion::max)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (regular.compareTo(max) != 0) {
                s.get("max").problem("sectionSum", max, regular);
            }
        }
        return new Section(code, name, max, List.copyOf(criteria));
    }

    private Criterion criterion(Spec c) {
        String code = parts.code(c, Parts.Kind.CRITERION);
        LocalizedText name = c.text("name");
        PolicySource source = Parts.source(c);
        Compiled nested = compile(c, name);
        if (nested == null || nested.rule == null || code == null || name == null || source == null) {
            return null;
        }
        return new Criterion(code, name, source, nested.type, nested.rule, c.bool("bonus", false));
    }

    private record Compiled(String type, ScoringRule rule) {}

    /** Compiles a criterion (or a best-of alternative) with its type; checks the keys the type allows. */
    private Compiled compile(Spec c, LocalizedText name) {
        String typeCode = c.string("type");
        if (typeCode == null) {
            return null;
        }
        Optional<CriterionType> type = types.find(typeCode);
        if (type.isEmpty()) {
            c.get("type").problem("unknownType", typeCode, String.join(", ", types.codes()));
            return null;
        }
        List<String> allowed = new ArrayList<>(CRITERION_KEYS);
        allowed.addAll(type.get().keys());
        c.allowOnly(allowed);
        TypeContext context = new TypeContext() {
            @Override
            public Optional<FieldDefinition> field(String fieldCode) {
                return Optional.ofNullable(fields.get(fieldCode));
            }

            @Override
            public LocalizedText criterionName() {
                return name;
            }

            @Override
            public boolean newDefinition() {
                return newDefinition;
            }

            @Override
            public TypeContext.Nested nested(Spec alternative) {
                LocalizedText alternativeName = alternative.text("name");
                Compiled inner = compile(alternative, alternativeName);
                return inner == null ? null : new TypeContext.Nested(alternativeName, inner.rule);
            }
        };
        return new Compiled(typeCode, type.get().compile(c, context));
    }
}
