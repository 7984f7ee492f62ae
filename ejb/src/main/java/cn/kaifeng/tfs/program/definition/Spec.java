package cn.kaifeng.tfs.program.definition;

import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.expression.Expression;
import cn.kaifeng.tfs.program.expression.ExpressionException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A part of a definition file (a mapping, usually) with typed accessors. A missing or malformed value is recorded
 * as a problem with its line and path, and the accessor returns null (or an empty list) so that reading goes on
 * and every problem of the file is found in one pass.
 */
public final class Spec {

    private final Node node;
    private final String path;
    private final Problems problems;
    private final int parentLine;

    Spec(Node node, String path, Problems problems, int parentLine) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.parentLine = parentLine;
    }

    public static Spec root(Node node, Problems problems) {
        return new Spec(node, "", problems, 1);
    }

    /** 1-based line of this part in the file. */
    public int line() {
        return node == null
                ? parentLine
                : node.getStartMark().map(m -> m.getLine() + 1).orElse(parentLine);
    }

    public String path() {
        return path;
    }

    public Problems problems() {
        return problems;
    }

    public boolean present() {
        return node != null;
    }

    public void problem(String key, Object... arguments) {
        problems.add(line(), path, key, arguments);
    }

    // --- structure --------------------------------------------------------------------------------------------

    private Map<String, Node> entries() {
        Map<String, Node> entries = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            // every read of a mapping passes here; its duplicate keys are reported on the first pass only
            boolean firstVisit = problems.firstVisit(mapping);
            for (NodeTuple tuple : mapping.getValue()) {
                String key =
                        tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
                if (entries.containsKey(key) && firstVisit) {
                    problems.add(lineOf(tuple.getKeyNode()), child(key), "duplicateKey", key);
                }
                entries.put(key, tuple.getValueNode());
            }
        }
        return entries;
    }

    /** Whether this part is a mapping (a key may take a number or a mapping of options, say). */
    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean has(String key) {
        return entries().containsKey(key);
    }

    /** A child part; absent children are empty specs whose accessors report "missing". */
    public Spec get(String key) {
        return new Spec(entries().get(key), child(key), problems, line());
    }

    /** Reports keys other than the allowed ones: a misspelt key would otherwise be silently ignored. */
    public void allowOnly(Collection<String> allowed) {
        if (node != null && !(node instanceof MappingNode)) {
            problem("notAMapping");
            return;
        }
        for (String key : entries().keySet()) {
            if (!allowed.contains(key)) {
                problems.add(get(key).line(), child(key), "unknownKey", key, String.join(", ", allowed));
            }
        }
    }

    public List<Spec> list(String key) {
        Spec child = get(key);
        if (child.node == null) {
            return List.of();
        }
        if (!(child.node instanceof SequenceNode sequence)) {
            child.problem("notAList");
            return List.of();
        }
        List<Spec> items = new ArrayList<>();
        List<Node> values = sequence.getValue();
        for (int i = 0; i < values.size(); i++) {
            items.add(new Spec(values.get(i), child.path + "[" + i + "]", problems, child.line()));
        }
        return items;
    }

    /** The entries of a mapping, in file order. */
    public Map<String, Spec> mapping(String key) {
        Spec child = get(key);
        Map<String, Spec> result = new LinkedHashMap<>();
        if (child.node == null) {
            return result;
        }
        if (!(child.node instanceof MappingNode)) {
            child.problem("notAMapping");
            return result;
        }
        child.entries().forEach((k, v) -> result.put(k, new Spec(v, child.child(k), problems, child.line())));
        return result;
    }

    // --- scalars ----------------------------------------------------------------------------------------------

    /** This part as a scalar string, or null (with a problem) when it is something else. */
    public String scalar() {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        problem(node == null ? "missing" : "notAScalar");
        return null;
    }

    /** This part's value if it is a scalar, else null, without reporting anything (for keys of two forms). */
    public String scalarOrNull() {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    public String string(String key) {
        Spec child = get(key);
        if (child.node == null) {
            problem("missingKey", key);
            return null;
        }
        String value = child.scalar();
        if (value != null && value.isBlank()) {
            child.problem("blank");
            return null;
        }
        return value;
    }

    public Optional<String> optionalString(String key) {
        return has(key) ? Optional.ofNullable(string(key)) : Optional.empty();
    }

    public BigDecimal decimal(String key) {
        String value = string(key);
        return value == null ? null : get(key).toDecimal(value);
    }

    public BigDecimal optionalDecimal(String key) {
        return has(key) ? decimal(key) : null;
    }

    /** This scalar as a number. */
    public BigDecimal decimal() {
        String value = scalar();
        return value == null ? null : toDecimal(value);
    }

    private BigDecimal toDecimal(String value) {
        try {
            return new BigDecimal(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            problem("notANumber", value);
            return null;
        }
    }

    public Integer integer(String key) {
        BigDecimal value = decimal(key);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            get(key).problem("notAnInteger", value);
            return null;
        }
    }

    public Integer optionalInteger(String key) {
        return has(key) ? integer(key) : null;
    }

    public boolean bool(String key, boolean byDefault) {
        if (!has(key)) {
            return byDefault;
        }
        String value = string(key);
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        if ("false".equalsIgnoreCase(value)) {
            return false;
        }
        get(key).problem("notABoolean", value);
        return byDefault;
    }

    public LocalDate date(String key) {
        String value = string(key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            get(key).problem("notADate", value);
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        String value = string(key);
        return value == null ? null : get(key).toEnum(value, type);
    }

    /** This scalar as one of an enum's constants. */
    public <E extends Enum<E>> E toEnum(String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip().replace('-', '_'))) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name());
        }
        problem("notOneOf", value, String.join(", ", allowed));
        return null;
    }

    /** A text in both languages, written either as {@code {zh: ..., en: ...}} or as a plain Chinese string. */
    public LocalizedText text(String key) {
        Spec child = get(key);
        if (child.node == null) {
            problem("missingKey", key);
            return null;
        }
        if (child.node instanceof ScalarNode s) {
            return new LocalizedText(s.getValue().strip(), null);
        }
        child.allowOnly(List.of("zh", "en"));
        String zh = child.string("zh");
        String en = child.optionalString("en").orElse(null);
        return zh == null ? null : new LocalizedText(zh.strip(), en == null ? null : en.strip());
    }

    public LocalizedText optionalText(String key) {
        return has(key) ? text(key) : null;
    }

    /**
     * An expression of the program language, parsed and checked now so that a syntax error or a construct outside
     * the language is reported with its line; nothing of it is evaluated.
     */
    public Expression expression(String key) {
        String source = string(key);
        if (source == null) {
            return null;
        }
        try {
            Expression expression = Expression.compile(source);
            problems.wrote(expression, get(key).line(), get(key).path());
            return expression;
        } catch (ExpressionException e) {
            if (e.refusal() != null) {
                get(key).problem("expressionRefused." + e.refusal().name(), source, e.detail());
            } else {
                get(key).problem("badExpression", source, e.getMessage());
            }
            return null;
        }
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private int lineOf(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(line());
    }
}
