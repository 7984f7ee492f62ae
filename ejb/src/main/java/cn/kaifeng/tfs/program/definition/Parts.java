package cn.kaifeng.tfs.program.definition;

import cn.kaifeng.tfs.program.domain.PolicySource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parts of one definition file that a decision names (gates, sections, criteria, direct routes): each has a code
 * of its own in the file, and each, like the pass and award rules, cites the clause of the policy it implements.
 */
public final class Parts {

    private static final Pattern PART_CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** A document id as config/policy names it: KAIFENG_2023, GUOFA_2016_33. */
    static final Pattern DOCUMENT_ID = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private static final List<String> SOURCE_KEYS = List.of("document", "clause", "quote", "bureauSetting");

    /** The kinds of parts with codes; all share one namespace, since a decision names a part by its code alone. */
    enum Kind {
        GATE,
        SECTION,
        CRITERION,
        ROUTE,
        EXCLUSION
    }

    private record FirstUse(Kind kind, String path) {}

    private final Map<String, FirstUse> seen = new HashMap<>();

    /**
     * The part's code, reported if it is malformed or another part of the file has it already; the report says which
     * kind of part has it and where, since a section and a criterion may not share a code either.
     */
    String code(Spec part, Kind kind) {
        String code = part.string("code");
        if (code != null && !PART_CODE.matcher(code).matches()) {
            part.get("code").problem("partCode", code);
        } else if (code != null) {
            FirstUse first = seen.putIfAbsent(code, new FirstUse(kind, part.path()));
            if (first != null) {
                part.get("code")
                        .problem(
                                "duplicateCode." + first.kind().name().toLowerCase(java.util.Locale.ROOT),
                                code,
                                first.path());
            }
        }
        return code;
    }

    /** The policy clause a part cites under {@code source}; a part without one is reported. */
    static PolicySource source(Spec part) {
        Spec s = part.get("source");
        if (!s.present()) {
            part.problem("missingSource");
            return null;
        }
        return citation(s);
    }

    /**
     * A citation written as a mapping of document, clause, quote and bureauSetting. The document's id is checked
     * for its form here; whether the document, the clause and the quote exist is checked once the whole file is
     * read, against the documents loaded ({@link Problems#checkCitations}).
     */
    public static PolicySource citation(Spec s) {
        s.allowOnly(SOURCE_KEYS);
        String document = s.string("document");
        if (document != null && !DOCUMENT_ID.matcher(document.strip()).matches()) {
            s.get("document").problem("documentId", document);
            document = null;
        }
        String clause = s.string("clause");
        if (document == null || clause == null) {
            return null;
        }
        PolicySource source = new PolicySource(
                document.strip(),
                clause.strip(),
                s.optionalString("quote").map(String::strip).orElse(null),
                s.optionalString("bureauSetting").map(String::strip).orElse(null));
        s.problems()
                .cited(
                        source,
                        s.get("document").line(),
                        s.get("clause").line(),
                        s.get("quote").line(),
                        s.path());
        return source;
    }
}
