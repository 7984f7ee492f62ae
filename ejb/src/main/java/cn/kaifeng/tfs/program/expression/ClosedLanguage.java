package cn.kaifeng.tfs.program.expression;

import jakarta.el.ELException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.expressly.parser.AstAnd;
import org.glassfish.expressly.parser.AstAssign;
import org.glassfish.expressly.parser.AstBracketSuffix;
import org.glassfish.expressly.parser.AstChoice;
import org.glassfish.expressly.parser.AstCompositeExpression;
import org.glassfish.expressly.parser.AstConcat;
import org.glassfish.expressly.parser.AstDeferredExpression;
import org.glassfish.expressly.parser.AstDiv;
import org.glassfish.expressly.parser.AstDotSuffix;
import org.glassfish.expressly.parser.AstDynamicExpression;
import org.glassfish.expressly.parser.AstEmpty;
import org.glassfish.expressly.parser.AstEqual;
import org.glassfish.expressly.parser.AstFalse;
import org.glassfish.expressly.parser.AstFunction;
import org.glassfish.expressly.parser.AstGreaterThan;
import org.glassfish.expressly.parser.AstGreaterThanEqual;
import org.glassfish.expressly.parser.AstIdentifier;
import org.glassfish.expressly.parser.AstInteger;
import org.glassfish.expressly.parser.AstLambdaExpression;
import org.glassfish.expressly.parser.AstLambdaParameters;
import org.glassfish.expressly.parser.AstLessThan;
import org.glassfish.expressly.parser.AstLessThanEqual;
import org.glassfish.expressly.parser.AstListData;
import org.glassfish.expressly.parser.AstLiteralExpression;
import org.glassfish.expressly.parser.AstMapData;
import org.glassfish.expressly.parser.AstMapEntry;
import org.glassfish.expressly.parser.AstMethodArguments;
import org.glassfish.expressly.parser.AstMinus;
import org.glassfish.expressly.parser.AstMod;
import org.glassfish.expressly.parser.AstMult;
import org.glassfish.expressly.parser.AstNegative;
import org.glassfish.expressly.parser.AstNot;
import org.glassfish.expressly.parser.AstNotEqual;
import org.glassfish.expressly.parser.AstNull;
import org.glassfish.expressly.parser.AstOr;
import org.glassfish.expressly.parser.AstPlus;
import org.glassfish.expressly.parser.AstSemiColon;
import org.glassfish.expressly.parser.AstString;
import org.glassfish.expressly.parser.AstTrue;
import org.glassfish.expressly.parser.AstValue;
import org.glassfish.expressly.parser.Node;

/**
 * The program language, as a check of the tree that Expression Language's own parser makes of an expression: the
 * expression is evaluated by that parser's tree, so what this check sees is exactly what would run (a separate
 * grammar of ours could read a text differently). Allowed are facts by name, number, text, boolean and null
 * literals, the arithmetic, comparison, logical, {@code empty} and conditional operators, and
 * {@code Fn.name(arguments)} for the functions of {@link Fn}. Everything else is refused by name: method calls on
 * values, property reads, other functions, lambdas, assignments, {@code ;}, {@code +=}, collection literals, text
 * around the expression; and any construct not on this list, so that a future parser's new node is refused too.
 *
 * <p>The bounds keep evaluation cheap whatever the author writes: with no loop, call or recursion in the language,
 * an evaluation visits each of at most {@value #MAX_NODES} parts once, and Fn's functions are linear in the facts
 * they read. Number literals are bounded so that arithmetic on them stays small.
 */
final class ClosedLanguage {

    static final int MAX_LENGTH = 1_000;
    static final int MAX_NODES = 200;
    /** Nesting of brackets, checked on the text before parsing (the parser recurses per level). */
    static final int MAX_NESTING = 24;
    /** Nesting of conditionals ({@code a ? b : c} inside another's branch). */
    static final int MAX_CHOICES = 8;

    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_TEXT = 200;
    /** Significant digits and decimal places a decimal literal may have; also the largest power of ten. */
    static final int MAX_DECIMAL_DIGITS = 30;

    private static final String FN = "Fn";

    /** The functions of Fn by name and number of arguments: the only calls the language has. */
    private static final Set<String> FUNCTIONS = Fn.FUNCTIONS.keySet();

    private static final Set<Class<? extends Node>> OPERATORS = Set.of(
            AstPlus.class,
            AstMinus.class,
            AstMult.class,
            AstDiv.class,
            AstMod.class,
            AstNegative.class,
            AstNot.class,
            AstAnd.class,
            AstOr.class,
            AstEqual.class,
            AstNotEqual.class,
            AstLessThan.class,
            AstGreaterThan.class,
            AstLessThanEqual.class,
            AstGreaterThanEqual.class,
            AstEmpty.class,
            AstChoice.class);

    private static final Set<Class<? extends Node>> CONSTANTS = Set.of(AstTrue.class, AstFalse.class, AstNull.class);

    /** Constructs refused by name; anything neither allowed nor listed here is refused as {@link Refusal#CONSTRUCT}. */
    private static final Map<Class<? extends Node>, Refusal> REFUSED = Map.ofEntries(
            Map.entry(AstLambdaExpression.class, Refusal.LAMBDA),
            Map.entry(AstLambdaParameters.class, Refusal.LAMBDA),
            Map.entry(AstAssign.class, Refusal.ASSIGNMENT),
            Map.entry(AstSemiColon.class, Refusal.SEQUENCE),
            Map.entry(AstConcat.class, Refusal.CONCATENATION),
            Map.entry(AstListData.class, Refusal.COLLECTION),
            Map.entry(AstMapData.class, Refusal.COLLECTION),
            Map.entry(AstMapEntry.class, Refusal.COLLECTION),
            Map.entry(AstFunction.class, Refusal.FUNCTION),
            Map.entry(AstDeferredExpression.class, Refusal.TEMPLATE),
            Map.entry(AstDynamicExpression.class, Refusal.TEMPLATE),
            Map.entry(AstCompositeExpression.class, Refusal.TEMPLATE),
            Map.entry(AstLiteralExpression.class, Refusal.TEMPLATE),
            Map.entry(AstDotSuffix.class, Refusal.PROPERTY),
            Map.entry(AstBracketSuffix.class, Refusal.PROPERTY),
            Map.entry(AstMethodArguments.class, Refusal.METHOD_CALL));

    private ClosedLanguage() {}

    /**
     * Checks an expression as written by an author (before the exact-decimal rewrite): its length and bracket
     * nesting, which must hold before the parser may see it.
     */
    static void checkText(String source) {
        if (source.length() > MAX_LENGTH) {
            throw ExpressionException.refused(Refusal.TOO_LONG, source.length() + "/" + MAX_LENGTH);
        }
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    throw ExpressionException.refused(Refusal.TOO_DEEP, String.valueOf(MAX_NESTING));
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
    }

    /**
     * Parses {@code ${text}} with Expression Language's parser and checks the tree; returns the fact names it
     * reads. Throws {@link ExpressionException} naming the first construct refused, or the parser's reason.
     */
    static Set<String> check(String text) {
        Node root;
        try {
            root = org.glassfish.expressly.lang.ExpressionBuilder.createNode("${" + text + "}");
        } catch (ELException e) {
            throw new ExpressionException(e.getMessage());
        }
        // the parser hands back the node inside ${...}; text around it or a second ${...} makes a composite,
        // which the walk refuses
        Walk walk = new Walk();
        walk.visit(root, 0);
        return walk.identifiers;
    }

    private static final class Walk {

        private final Set<String> identifiers = new TreeSet<>();
        private int nodes;

        void visit(Node node, int choices) {
            if (++nodes > MAX_NODES) {
                throw ExpressionException.refused(Refusal.TOO_COMPLEX, String.valueOf(MAX_NODES));
            }
            if (node instanceof AstIdentifier) {
                if (FN.equals(node.getImage())) {
                    throw ExpressionException.refused(Refusal.BARE_FN, FN);
                }
                identifiers.add(node.getImage());
            } else if (node instanceof AstInteger) {
                if (digits(node.getImage()) > MAX_INTEGER_DIGITS) {
                    throw ExpressionException.refused(Refusal.LITERAL, node.getImage());
                }
            } else if (node instanceof AstString s) {
                if (s.getString().length() > MAX_TEXT) {
                    throw ExpressionException.refused(
                            Refusal.LITERAL, s.getString().substring(0, 20) + "…");
                }
            } else if (CONSTANTS.contains(node.getClass())) {
                // true, false, null
            } else if (node instanceof AstValue) {
                call(node, choices);
            } else if (OPERATORS.contains(node.getClass())) {
                int inner = node instanceof AstChoice ? choices + 1 : choices;
                if (inner > MAX_CHOICES) {
                    throw ExpressionException.refused(Refusal.TOO_DEEP, String.valueOf(MAX_CHOICES));
                }
                for (int i = 0; i < node.jjtGetNumChildren(); i++) {
                    visit(node.jjtGetChild(i), inner);
                }
            } else {
                throw ExpressionException.refused(
                        REFUSED.getOrDefault(node.getClass(), Refusal.CONSTRUCT), describe(node));
            }
        }

        /**
         * A value with suffixes: allowed only as {@code Fn.name(arguments)}, which the parser makes a value of the
         * identifier Fn and one suffix {@code .name} holding the arguments. Any other suffix is a method call or a
         * property read on a value, which is how Expression Language reaches Java objects.
         */
        private void call(Node value, int choices) {
            int parts = value.jjtGetNumChildren();
            Node base = value.jjtGetChild(0);
            Node suffix = value.jjtGetChild(1);
            boolean fn = base instanceof AstIdentifier && FN.equals(base.getImage());
            if (fn
                    && parts == 2
                    && suffix instanceof AstDotSuffix
                    && suffix.jjtGetNumChildren() == 1
                    && suffix.jjtGetChild(0) instanceof AstMethodArguments arguments) {
                String name = suffix.getImage();
                int arity = arguments.jjtGetNumChildren();
                if (!FUNCTIONS.contains(name + "/" + arity)) {
                    throw ExpressionException.refused(Refusal.UNKNOWN_FUNCTION, "Fn." + name + "/" + arity);
                }
                nodes += 2;
                if ("decimal".equals(name)) {
                    decimalLiteral(arguments.jjtGetChild(0));
                }
                for (int i = 0; i < arity; i++) {
                    visit(arguments.jjtGetChild(i), choices);
                }
                return;
            }
            for (int i = 1; i < parts; i++) {
                Node part = value.jjtGetChild(i);
                for (int j = 0; j < part.jjtGetNumChildren(); j++) {
                    if (part.jjtGetChild(j) instanceof AstMethodArguments) {
                        throw ExpressionException.refused(Refusal.METHOD_CALL, describe(part));
                    }
                }
            }
            throw ExpressionException.refused(Refusal.PROPERTY, describe(value.jjtGetChild(parts - 1)));
        }

        /** {@code Fn.decimal} takes a decimal literal only: the compiler writes it for 0.1, 1e-3 and the like. */
        private static void decimalLiteral(Node argument) {
            if (!(argument instanceof AstString s)) {
                throw ExpressionException.refused(Refusal.LITERAL, "Fn.decimal(" + describe(argument) + ")");
            }
            String literal = s.getString();
            BigDecimal value;
            try {
                value = literal.length() > MAX_TEXT ? null : new BigDecimal(literal);
            } catch (NumberFormatException e) {
                value = null;
            }
            if (value == null
                    || value.precision() > MAX_DECIMAL_DIGITS
                    || Math.abs(value.scale()) > MAX_DECIMAL_DIGITS) {
                throw ExpressionException.refused(
                        Refusal.LITERAL, literal.length() > 20 ? literal.substring(0, 20) + "…" : literal);
            }
        }

        private static int digits(String integer) {
            int n = 0;
            for (int i = 0; i < integer.length(); i++) {
                n += Character.isDigit(integer.charAt(i)) ? 1 : 0;
            }
            return n;
        }

        /** A short text for a node in a refusal: its image where it has one (a name), else its kind. */
        private static String describe(Node node) {
            String image = node.getImage();
            if (image != null && !image.isBlank()) {
                return image.length() > 40 ? image.substring(0, 40) + "…" : image;
            }
            if (node instanceof AstFunction f) {
                return f.getOutputName();
            }
            return node.getClass().getSimpleName().replaceFirst("^Ast", "");
        }
    }
}
