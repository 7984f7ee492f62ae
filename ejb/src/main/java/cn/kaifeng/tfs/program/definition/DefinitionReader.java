package cn.kaifeng.tfs.program.definition;

import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.program.domain.AgreementTemplate;
import cn.kaifeng.tfs.program.domain.ApplicationMode;
import cn.kaifeng.tfs.program.domain.AwardRule;
import cn.kaifeng.tfs.program.domain.DerivedValue;
import cn.kaifeng.tfs.program.domain.DirectRoute;
import cn.kaifeng.tfs.program.domain.Exclusion;
import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.domain.Gate;
import cn.kaifeng.tfs.program.domain.LetterTexts;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.PassRule;
import cn.kaifeng.tfs.program.domain.PolicyLibrary;
import cn.kaifeng.tfs.program.domain.PolicySource;
import cn.kaifeng.tfs.program.domain.ProgramCategory;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.Ranking;
import cn.kaifeng.tfs.program.domain.RecoveryTerms;
import cn.kaifeng.tfs.program.domain.ReviewPath;
import cn.kaifeng.tfs.program.domain.Section;
import cn.kaifeng.tfs.shared.domain.Sha256;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
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
 *
 * <p>The file is read top to bottom, each section of it by its own reader: the program itself and its review path
 * here, the form ({@link FieldReader}), what an application is assessed by ({@link AssessmentReader}), what a
 * decision gives and says ({@link DecisionReader}), and how applications share the budget and other programs'
 * support ({@link AllocationReader}). Problems are listed in the order they are met.
 */
public final class DefinitionReader {

    private static final Pattern PROGRAM_CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    static final int MAX_PROGRAM_CODE = 40;

    private static final List<String> TOP_KEYS = List.of(
            "code",
            "version",
            "name",
            "summary",
            "category",
            "applicants",
            "effective",
            "bureauSettings",
            "numberPrefix",
            "review",
            "fields",
            "derived",
            "gates",
            "sections",
            "pass",
            "directRoutes",
            "award",
            "letters",
            "ranking",
            "exclusive",
            "mode",
            "agreement",
            "recovery");

    private final CriterionTypes types;
    private final boolean newDefinition;
    private final PolicyLibrary library;

    /**
     * A reader for new definitions (a file, an administrator's import): every check applies, and every citation
     * must name a document of the library, a clause of that document, and words that clause says.
     */
    public DefinitionReader(CriterionTypes types, PolicyLibrary library) {
        this(types, true, library);
    }

    private DefinitionReader(CriterionTypes types, boolean newDefinition, PolicyLibrary library) {
        this.types = types;
        this.newDefinition = newDefinition;
        this.library = library;
    }

    /**
     * A reader for versions read back from storage: what was accepted once must stay readable, so checks added
     * since (a gap between bands, say) apply to new definitions only, while the meaning of what is read is the same.
     * Citations are not checked against the documents: a document corrected since must not make a stored version
     * unreadable, and ids of documents no longer loaded (none so far) still read.
     */
    public static DefinitionReader forStoredVersions(CriterionTypes types) {
        return new DefinitionReader(types, false, null);
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
        } else if (code != null && code.length() > MAX_PROGRAM_CODE) {
            // the code is stored in columns of this width (program versions, letters, lists, counters)
            spec.get("code").problem("programCodeLength", code, MAX_PROGRAM_CODE);
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
        // the clause of the bureau's own rules (a 资金管理办法) that enacts the file's bureauSetting numbers
        PolicySource bureauSettings = spec.has("bureauSettings") ? Parts.citation(spec.get("bureauSettings")) : null;
        String numberPrefix = spec.string("numberPrefix");
        ReviewPath review = review(spec.get("review"));

        Map<String, FieldDefinition> fields = FieldReader.fields(spec);
        List<DerivedValue> derived = FieldReader.derived(spec, fields);

        AssessmentReader assessment = new AssessmentReader(types, fields, newDefinition);
        List<Gate> gates = assessment.gates(spec);
        List<Section> sections = assessment.sections(spec);
        PassRule pass = AssessmentReader.pass(spec.get("pass"), sections);
        List<DirectRoute> routes = assessment.directRoutes(spec);
        AwardRule award = DecisionReader.award(spec.get("award"), category);
        boolean statusOnly = !spec.has("award") && category != null && category.awardOptional();
        LetterTexts letters = DecisionReader.letters(spec.get("letters"), !statusOnly);
        Ranking ranking = AllocationReader.ranking(spec, sections);
        List<Exclusion> exclusions = AllocationReader.exclusions(spec, code, new Parts());
        ApplicationMode mode = mode(spec, fields.values());
        AgreementTemplate agreement = AgreementReader.agreement(spec, award != null);
        RecoveryTerms recovery = DecisionReader.recovery(spec.get("recovery"), award != null);

        problems.checkIdentifiers(FieldReader.names(fields.values(), derived));
        if (library != null) {
            problems.checkCitations(library);
        }
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
                letters,
                bureauSettings,
                ranking,
                List.copyOf(exclusions),
                mode,
                agreement,
                recovery);
    }

    /**
     * {@code mode}, default {@code application}. A program granted without application takes every required
     * fact from the profile, since nobody fills a form: a required field that names no profile fact (an
     * attachment, a figure only the applicant knows) is reported, and so is a program without an award to propose.
     */
    private static ApplicationMode mode(Spec spec, Collection<FieldDefinition> fields) {
        if (!spec.has("mode")) {
            return ApplicationMode.APPLICATION;
        }
        String code = spec.string("mode");
        ApplicationMode mode =
                code == null ? null : ApplicationMode.ofCode(code).orElse(null);
        if (mode == null) {
            spec.get("mode").problem("notOneOf", code, "application, no-application");
            return ApplicationMode.APPLICATION;
        }
        if (mode == ApplicationMode.NO_APPLICATION) {
            for (FieldDefinition field : fields) {
                if (field.required() && field.profile() == null) {
                    spec.get("mode").problem("noApplicationField", field.code());
                }
            }
            if (!spec.has("award")) {
                spec.get("mode").problem("noApplicationAward");
            }
        }
        return mode;
    }

    public static Node parse(String fileName, String content, Problems problems) {
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
                "appealDays",
                "source"));
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
                appealDays == null ? 0 : appealDays,
                review.has("source") ? Parts.citation(review.get("source")) : null);
    }

    public static String sha256(String content) {
        return Sha256.hex(content);
    }
}
