package cn.kaifeng.tfs.program.definition;

import cn.kaifeng.tfs.program.domain.ClauseIndex;
import cn.kaifeng.tfs.program.domain.PolicyDocument;
import cn.kaifeng.tfs.program.domain.PolicyLibrary;
import cn.kaifeng.tfs.program.domain.PolicySource;
import cn.kaifeng.tfs.program.expression.Expression;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file while it is read, so that all of them are reported together. */
public final class Problems {

    private final String file;
    private final List<DefinitionProblem> found = new ArrayList<>();
    private final List<Written> expressions = new ArrayList<>();
    private final java.util.Set<Object> visited =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private final List<Cited> citations = new ArrayList<>();

    /** An expression as written in the file, kept to check its identifiers once all fields are known. */
    record Written(Expression expression, int line, String path) {}

    /** A citation as written in the file, with the lines of its keys, kept to check it against the documents. */
    record Cited(PolicySource source, int documentLine, int clauseLine, int quoteLine, String path) {}

    public Problems(String file) {
        this.file = file;
    }

    public void add(int line, String path, String key, Object... arguments) {
        String[] texts = new String[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        found.add(new DefinitionProblem(file, line, path, key, texts));
    }

    void wrote(Expression expression, int line, String path) {
        expressions.add(new Written(expression, line, path));
    }

    /**
     * Reports each identifier of the file's expressions that is neither a field nor a derived value: a misspelt
     * field code would otherwise silently read as empty. The names come from each expression's parsed tree; no
     * expression is evaluated while a definition is checked.
     */
    void checkIdentifiers(java.util.Set<String> known) {
        for (Written written : expressions) {
            for (String name : written.expression().identifiers()) {
                if (!known.contains(name)) {
                    add(
                            written.line(),
                            written.path(),
                            "unknownIdentifier",
                            name,
                            written.expression().source());
                }
            }
        }
    }

    void cited(PolicySource source, int documentLine, int clauseLine, int quoteLine, String path) {
        citations.add(new Cited(source, documentLine, clauseLine, quoteLine, path));
    }

    /**
     * Reports each citation whose document is not loaded, whose clause the document's clause index does not have,
     * or whose quote is not in the text of that clause (its sub-clauses included), whitespace aside. For a quote
     * found elsewhere in the document the report names the clauses it is in, so the fix is plain.
     */
    public void checkCitations(PolicyLibrary library) {
        for (Cited cited : citations) {
            PolicySource source = cited.source();
            PolicyDocument document = library.find(source.document()).orElse(null);
            if (document == null) {
                add(
                        cited.documentLine(),
                        cited.path() + ".document",
                        "unknownDocument",
                        source.document(),
                        String.join(
                                ", ",
                                library.documents().stream()
                                        .map(PolicyDocument::id)
                                        .toList()));
            } else if (!document.clauses().has(source.clause())) {
                add(cited.clauseLine(), cited.path() + ".clause", "clauseNotFound", source.clause(), document.id());
            } else if (source.quote() != null && !document.clauses().contains(source.clause(), source.quote())) {
                add(
                        cited.quoteLine(),
                        cited.path() + ".quote",
                        "quoteNotInClause",
                        source.quote(),
                        document.id(),
                        source.clause(),
                        whereQuoted(document.clauses(), source.quote()));
            }
        }
    }

    /** The deepest clauses holding the quote, e.g. "二（二）3", or "—" when the document does not have it. */
    private static String whereQuoted(ClauseIndex index, String quote) {
        List<String> deepest = new ArrayList<>();
        for (ClauseIndex.Clause clause : index.clauses()) {
            if (index.contains(clause.id(), quote)) {
                deepest.removeIf(clause.id()::startsWith);
                deepest.add(clause.id());
            }
        }
        return deepest.isEmpty() ? "—" : String.join("、", deepest);
    }

    /** True the first time a part of the file is asked about, so that checks of that part report once. */
    boolean firstVisit(Object part) {
        return visited.add(part);
    }

    public boolean any() {
        return !found.isEmpty();
    }

    public List<DefinitionProblem> list() {
        return List.copyOf(found);
    }

    public String file() {
        return file;
    }
}
