package cn.kaifeng.tfs.program.definition;

import cn.kaifeng.tfs.program.domain.Criterion;
import cn.kaifeng.tfs.program.domain.DirectRoute;
import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.domain.Gate;
import cn.kaifeng.tfs.program.domain.LocalizedText;
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
                    parts.code(g), g.text("name"), Parts.source(g), g.expression("when"), g.text("failReason")));
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
            routes.add(new DirectRoute(parts.code(r), r.text("name"), Parts.source(r), r.expression("when")));
        }
        return routes;
    }

    static PassRule pass(Spec pass, List<Section> sections) {
        if (!pass.present()) {
            pass.problem("missingKey", "pass");
            return null;
        }
        pass.allowOnly(List.of("minTotal", "sectionMinimums", "source"));
        BigDecimal minTotal = pass.decimal("minTotal");
        Map<String, BigDecimal> minimums = new LinkedHashMap<>();
        pass.mapping("sectionMinimums").forEach((sectionCode, value) -> {
            Optional<Section> section =
                    sections.stream().filter(s -> sectionCode.equals(s.code())).findFirst();
            BigDecimal minimum = value.decimal();
            if (section.isEmpty()) {
                value.problem("unknownSection", sectionCode);
            } else if (minimum != null
                    && section.get().max() != null
                    && minimum.compareTo(section.get().max()) > 0) {
                value.problem("minimumAboveMax", minimum, section.get().max());
            } else if (minimum != null) {
                minimums.put(sectionCode, minimum);
            }
        });
        return new PassRule(minTotal, Map.copyOf(minimums), Parts.source(pass));
    }

    private Section section(Spec s) {
        s.allowOnly(List.of("code", "name", "max", "criteria"));
        String code = parts.code(s);
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
        String code = parts.code(c);
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
