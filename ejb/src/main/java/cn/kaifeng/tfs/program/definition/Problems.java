package cn.kaifeng.tfs.program.definition;

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

    /** An expression as written in the file, kept to check its identifiers once all fields are known. */
    record Written(Expression expression, int line, String path) {}

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
