package cn.kaifeng.tfs.program.definition;

import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.program.domain.AwardRule;
import cn.kaifeng.tfs.program.domain.Criterion;
import cn.kaifeng.tfs.program.domain.DerivedValue;
import cn.kaifeng.tfs.program.domain.DirectRoute;
import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.domain.Gate;
import cn.kaifeng.tfs.program.domain.LetterTexts;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.PassRule;
import cn.kaifeng.tfs.program.domain.PolicyDocument;
import cn.kaifeng.tfs.program.domain.PolicySource;
import cn.kaifeng.tfs.program.domain.ProgramCategory;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.ReviewPath;
import cn.kaifeng.tfs.program.domain.ScoringRule;
import cn.kaifeng.tfs.program.domain.Section;
import cn.kaifeng.tfs.program.expression.Expression;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shared.domain.Sha256;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads one program definition file. Structure, codes, references between parts (a criterion's field, a section
 * minimum's section), every expression's syntax and identifiers, and the arithmetic of sections are checked; all
 * problems are reported together in an {@link InvalidDefinitionException}.
 */
public final class DefinitionReader {

    private static final Pattern PROGRAM_CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final Pattern PART_CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private static final List<String> TOP_KEYS = List.of(
            "code",
            "version",
            "name",
            "summary",
            "category",
            "applicants",
            "effective",
            "numberPrefix",
            "review",
            "fields",
            "derived",
            "gates",
            "sections",
            "pass",
            "directRoutes",
            "award",
            "letters");
    private static final List<String> CRITERION_KEYS = List.of("code", "name", "source", "type", "bonus");
    private static final List<String> SOURCE_KEYS = List.of("document", "clause", "quote", "bureauSetting");

    private final CriterionTypes types;

    public DefinitionReader(CriterionTypes types) {
        this.types = types;
    }

    public ProgramDefinition read(String fileName, String content) {
        Problems problems = new Problems(fileName);
        Node root = parse(fileName, content, problems);
        if (root == null) {
            throw new InvalidDefinitionException(problems.list());
        }
        Spec spec = Spec.root(root, problems);
        spec.allowOnly(TOP_KEYS);

        String code = spec.string("code");
        if (code != null && !PROGRAM_CODE.matcher(code).matches()) {
            spec.get("code").problem("programCode", code);
        }
        Integer version = spec.integer("version");
        if (version != null && version < 1) {
            spec.get("version").problem("versionPositive", version);
        }
        LocalizedText name = spec.text("name");
        LocalizedText summary = spec.optionalText("summary");
        ProgramCategory category = spec.enumValue("category", ProgramCategory.class);
        Set<OrganisationKind> applicants = applicants(spec);
        Spec effective = spec.get("effective");
        effective.allowOnly(List.of("from", "to"));
        LocalDate from = effective.present() ? effective.date("from") : null;
        if (!effective.present()) {
            spec.problem("missingKey", "effective");
        }
        LocalDate to = effective.has("to") ? effective.date("to") : null;
        if (from != null && to != null && to.isBefore(from)) {
            effective.problem("effectiveOrder", from, to);
        }
        String numberPrefix = spec.string("numberPrefix");
        ReviewPath review = review(spec.get("review"));

        Map<String, FieldDefinition> fields = new LinkedHashMap<>();
        for (Spec f : spec.list("fields")) {
            FieldDefinition field = FieldReader.field(f, true);
            if (field != null && fields.putIfAbsent(field.code(), field) != null) {
                f.problem("duplicateCode", field.code());
            }
        }
        if (fields.isEmpty()) {
            spec.problem("missingKey", "fields");
        }
        List<DerivedValue> derived = new ArrayList<>();
        for (Spec d : spec.list("derived")) {
            d.allowOnly(List.of("code", "label", "expression"));
            String dc = FieldReader.fieldCode(d);
            if (dc != null
                    && (fields.containsKey(dc)
                            || derived.stream().anyMatch(x -> x.code().equals(dc)))) {
                d.problem("duplicateCode", dc);
            }
            derived.add(new DerivedValue(dc, d.text("label"), d.expression("expression")));
        }

        Set<String> partCodes = new HashSet<>();
        List<Gate> gates = new ArrayList<>();
        for (Spec g : spec.list("gates")) {
            g.allowOnly(List.of("code", "name", "source", "when", "failReason"));
            gates.add(new Gate(
                    partCode(g, partCodes), g.text("name"), source(g), g.expression("when"), g.text("failReason")));
        }

        List<Section> sections = new ArrayList<>();
        for (Spec s : spec.list("sections")) {
            sections.add(section(s, partCodes, fields));
        }
        if (sections.isEmpty()) {
            spec.problem("missingKey", "sections");
        }
        PassRule pass = pass(spec.get("pass"), sections);
        List<DirectRoute> routes = new ArrayList<>();
        for (Spec r : spec.list("directRoutes")) {
            r.allowOnly(List.of("code", "name", "source", "when"));
            routes.add(new DirectRoute(partCode(r, partCodes), r.text("name"), source(r), r.expression("when")));
        }
        AwardRule award = award(spec.get("award"));
        LetterTexts letters = letters(spec.get("letters"));

        problems.checkIdentifiers(FieldReader.names(fields.values(), derived));
        if (problems.any()) {
            throw new InvalidDefinitionException(problems.list());
        }
        return new ProgramDefinition(
                code,
                version,
                sha256(content),
                name,
                summary,
                category,
                applicants,
                from,
                to,
                numberPrefix,
                review,
                List.copyOf(fields.values()),
                List.copyOf(derived),
                List.copyOf(gates),
                List.copyOf(sections),
                pass,
                List.copyOf(routes),
                award,
                letters);
    }

    private static Node parse(String fileName, String content, Problems problems) {
        try {
            LoadSettings settings = LoadSettings.builder()
                    .setLabel(fileName)
                    .setAllowDuplicateKeys(false)
                    .build();
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, content)));
            Optional<Node> node = composer.getSingleNode();
            if (node.isEmpty()) {
                problems.add(1, "", "emptyFile");
                return null;
            }
            return node.get();
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            problems.add(line, "", "yamlSyntax", e.getProblem());
            return null;
        } catch (YamlEngineException e) {
            problems.add(1, "", "yamlSyntax", e.getMessage());
            return null;
        }
    }

    private static Set<OrganisationKind> applicants(Spec spec) {
        Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
        List<Spec> items = spec.list("applicants");
        if (items.isEmpty()) {
            spec.problem("missingKey", "applicants");
        }
        for (Spec item : items) {
            String value = item.scalar();
            OrganisationKind kind = value == null ? null : item.toEnum(value, OrganisationKind.class);
            if (kind != null && !kind.isApplicant()) {
                item.problem("notAnApplicantKind", kind);
            } else if (kind != null) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    private static ReviewPath review(Spec review) {
        if (!review.present()) {
            return new ReviewPath(true, false, 0, 0);
        }
        review.allowOnly(List.of(
                "formalReview",
                "expertPanel",
                "minExperts",
                "publicNoticeDays",
                "trimmedMean",
                "maxSpread",
                "secondApprovalAbove",
                "appealDays"));
        boolean panel = review.bool("expertPanel", false);
        Integer minExperts = review.has("minExperts") ? review.integer("minExperts") : panel ? 3 : 0;
        if (panel && minExperts != null && minExperts < 3) {
            review.get("minExperts").problem("minExperts", minExperts);
        }
        Integer days = review.has("publicNoticeDays") ? review.integer("publicNoticeDays") : 0;
        if (days != null && days < 0) {
            review.get("publicNoticeDays").problem("negative", days);
        }
        BigDecimal maxSpread = review.optionalDecimal("maxSpread");
        if (maxSpread != null && maxSpread.signum() < 0) {
            review.get("maxSpread").problem("negative", maxSpread);
        }
        BigDecimal secondApprovalAbove = review.optionalDecimal("secondApprovalAbove");
        if (secondApprovalAbove != null && secondApprovalAbove.signum() < 0) {
            review.get("secondApprovalAbove").problem("negative", secondApprovalAbove);
        }
        Integer appealDays = review.has("appealDays") ? review.integer("appealDays") : 0;
        if (appealDays != null && (appealDays < 0 || appealDays > 365)) {
            review.get("appealDays").problem("badAppealDays", appealDays);
        }
        return new ReviewPath(
                review.bool("formalReview", true),
                panel,
                minExperts == null ? 3 : minExperts,
                days == null ? 0 : days,
                review.bool("trimmedMean", true),
                maxSpread,
                secondApprovalAbove == null ? ReviewPath.DEFAULT_SECOND_APPROVAL_ABOVE : secondApprovalAbove,
                appealDays == null ? 0 : appealDays);
    }

    private static String partCode(Spec part, Set<String> seen) {
        String code = part.string("code");
        if (code != null && !PART_CODE.matcher(code).matches()) {
            part.get("code").problem("partCode", code);
        } else if (code != null && !seen.add(code)) {
            part.get("code").problem("duplicateCode", code);
        }
        return code;
    }

    static PolicySource source(Spec part) {
        Spec s = part.get("source");
        if (!s.present()) {
            part.problem("missingSource");
            return null;
        }
        s.allowOnly(SOURCE_KEYS);
        PolicyDocument document = s.enumValue("document", PolicyDocument.class);
        String clause = s.string("clause");
        return document == null || clause == null
                ? null
                : new PolicySource(
                        document,
                        clause.strip(),
                        s.optionalString("quote").map(String::strip).orElse(null),
                        s.optionalString("bureauSetting").map(String::strip).orElse(null));
    }

    private Section section(Spec s, Set<String> partCodes, Map<String, FieldDefinition> fields) {
        s.allowOnly(List.of("code", "name", "max", "criteria"));
        String code = partCode(s, partCodes);
        LocalizedText name = s.text("name");
        BigDecimal max = s.decimal("max");
        List<Criterion> criteria = new ArrayList<>();
        List<Spec> items = s.list("criteria");
        if (items.isEmpty()) {
            s.problem("missingKey", "criteria");
        }
        for (Spec c : items) {
            Criterion criterion = criterion(c, partCodes, fields);
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

    private Criterion criterion(Spec c, Set<String> partCodes, Map<String, FieldDefinition> fields) {
        String code = partCode(c, partCodes);
        LocalizedText name = c.text("name");
        PolicySource source = source(c);
        Compiled nested = compile(c, name, fields);
        if (nested == null || nested.rule == null || code == null || name == null || source == null) {
            return null;
        }
        return new Criterion(code, name, source, nested.type, nested.rule, c.bool("bonus", false));
    }

    private record Compiled(String type, ScoringRule rule) {}

    /** Compiles a criterion (or a best-of alternative) with its type; checks the keys the type allows. */
    private Compiled compile(Spec c, LocalizedText name, Map<String, FieldDefinition> fields) {
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
            public TypeContext.Nested nested(Spec alternative) {
                LocalizedText alternativeName = alternative.text("name");
                Compiled inner = compile(alternative, alternativeName, fields);
                return inner == null ? null : new TypeContext.Nested(alternativeName, inner.rule);
            }
        };
        return new Compiled(typeCode, type.get().compile(c, context));
    }

    private static PassRule pass(Spec pass, List<Section> sections) {
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
        return new PassRule(minTotal, Map.copyOf(minimums), source(pass));
    }

    private static AwardRule award(Spec award) {
        if (!award.present()) {
            award.problem("missingKey", "award");
            return null;
        }
        award.allowOnly(List.of("formula", "cap", "description", "source", "validMonths"));
        Expression formula = award.expression("formula");
        Money cap = null;
        BigDecimal capYuan = award.decimal("cap");
        if (capYuan != null) {
            try {
                cap = Money.ofYuan(capYuan);
            } catch (DomainException e) {
                award.get("cap").problem("badAmount", capYuan);
            }
        }
        Integer validMonths = award.optionalInteger("validMonths");
        if (validMonths == null) {
            validMonths = AwardRule.DEFAULT_VALID_MONTHS;
        } else if (validMonths < 1 || validMonths > AwardRule.MAX_VALID_MONTHS) {
            award.get("validMonths").problem("badValidMonths", validMonths, AwardRule.MAX_VALID_MONTHS);
        }
        return new AwardRule(formula, cap, award.text("description"), source(award), validMonths);
    }

    private static LetterTexts letters(Spec letters) {
        if (!letters.present()) {
            letters.problem("missingKey", "letters");
            return null;
        }
        letters.allowOnly(List.of("approval", "rejection", "appealRoute", "numberWord", "issuer"));
        for (String key : List.of("approval", "rejection", "appealRoute")) {
            LocalizedText text = letters.text(key);
            if (text != null) {
                java.util.Set<String> unknown = new java.util.TreeSet<>(LetterTexts.unknownPlaceholders(text.zh()));
                unknown.addAll(LetterTexts.unknownPlaceholders(text.en()));
                if (!unknown.isEmpty()) {
                    letters.get(key)
                            .problem(
                                    "unknownPlaceholder",
                                    String.join(", ", unknown),
                                    String.join(", ", new java.util.TreeSet<>(LetterTexts.PLACEHOLDERS)));
                }
            }
        }
        String numberWord =
                letters.optionalString("numberWord").map(String::strip).orElse(LetterTexts.DEFAULT_NUMBER_WORD);
        if (numberWord.length() > 16 || !numberWord.codePoints().allMatch(Character::isLetterOrDigit)) {
            letters.get("numberWord").problem("badNumberWord", numberWord);
        }
        LocalizedText issuer = letters.optionalText("issuer");
        return new LetterTexts(
                letters.text("approval"),
                letters.text("rejection"),
                letters.text("appealRoute"),
                numberWord,
                issuer == null ? LetterTexts.DEFAULT_ISSUER : issuer);
    }

    static String sha256(String content) {
        return Sha256.hex(content);
    }
}
