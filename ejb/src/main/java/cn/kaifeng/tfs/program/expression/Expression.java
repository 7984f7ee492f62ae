package cn.kaifeng.tfs.program.expression;

import jakarta.el.CompositeELResolver;
import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.ExpressionFactory;
import jakarta.el.FunctionMapper;
import jakarta.el.ImportHandler;
import jakarta.el.ValueExpression;
import jakarta.el.VariableMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Set;
import org.glassfish.expressly.ExpressionFactoryImpl;

/**
 * One expression of a program definition, written without the {@code #{}} delimiters, e.g.
 * {@code Fn.ratio(rdSpend, revenue) >= 0.05}. Parsed once; evaluated many times, from any thread, against the
 * facts of an application. Identifiers are the application's field codes and derived values; {@code Fn} holds
 * the helper functions.
 *
 * <p>Definitions come from files and administrators, so an expression is hostile input. The language is closed
 * twice: {@link ClosedLanguage} refuses any construct but facts, literals, operators and {@code Fn.name(...)} before
 * an expression is accepted (nothing is evaluated before that), and evaluation resolves only facts and Fn's
 * functions (no bean, static-field, map, list or import resolution), so that even an expression that escaped the
 * check could not reach a Java object.
 */
public final class Expression {

    /**
     * The parser is stateless and thread-safe; one per JVM is the platform's intended use. Expressly by name, not
     * whichever implementation a lookup finds: {@link ClosedLanguage} checks the tree of this parser.
     */
    private static final ExpressionFactory FACTORY = new ExpressionFactoryImpl();

    /** The helper class's name in expressions; resolved by {@link FactsResolver}, not by an import handler. */
    private static final String FN = "Fn";

    private static final ELResolver RESOLVER = resolver();

    private final String source;
    private final ValueExpression compiled;
    private final Set<String> identifiers;

    private Expression(String source, ValueExpression compiled, Set<String> identifiers) {
        this.source = source;
        this.compiled = compiled;
        this.identifiers = identifiers;
    }

    /**
     * Parses and checks an expression; throws {@link ExpressionException} naming the construct refused, or with
     * the parser's reason when it is malformed. Nothing of the expression is evaluated here.
     */
    public static Expression compile(String source) {
        if (source == null || source.isBlank()) {
            throw new ExpressionException("empty expression");
        }
        ClosedLanguage.checkText(source);
        String text = exactDecimals(source);
        Set<String> identifiers = ClosedLanguage.check(text);
        return new Expression(source, parse(text), identifiers);
    }

    /**
     * Parses without the language check, for the test that proves evaluation alone reaches nothing but facts and
     * Fn. Never for a definition.
     */
    static Expression compileUnchecked(String source) {
        return new Expression(source, parse(source), Set.of());
    }

    private static ValueExpression parse(String text) {
        try {
            return FACTORY.createValueExpression(new Context(null), "${" + text + "}", Object.class);
        } catch (ELException e) {
            throw new ExpressionException(e.getMessage());
        }
    }

    /**
     * The source with every decimal literal ({@code 0.1}, {@code 2.5}, {@code 1e-3}) written as an exact
     * {@code Fn.decimal('0.1')}. Expression Language reads such a literal as a double and, next to a BigDecimal
     * fact, converts it with {@code new BigDecimal(double)}: {@code 0.1} becomes 0.1000000000000000055…, so that
     * a share of exactly 0.1 would fail {@code share >= 0.1}. Text in quotes and digits inside names stay as they
     * are; whole numbers are exact already.
     */
    static String exactDecimals(String source) {
        StringBuilder out = new StringBuilder(source.length() + 32);
        int n = source.length();
        int i = 0;
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < n && source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, n);
                out.append(source, i, end);
                i = end;
                continue;
            }
            boolean number = (Character.isDigit(c)
                            || (c == '.' && i + 1 < n && Character.isDigit(source.charAt(i + 1))))
                    && (i == 0
                            || !(Character.isJavaIdentifierPart(source.charAt(i - 1)) || source.charAt(i - 1) == '.'));
            if (!number) {
                out.append(c);
                i++;
                continue;
            }
            int end = digits(source, i);
            boolean decimal = false;
            if (end < n && source.charAt(end) == '.') {
                decimal = true;
                end = digits(source, end + 1);
            }
            if (end < n && (source.charAt(end) == 'e' || source.charAt(end) == 'E')) {
                int exponent = end + 1;
                if (exponent < n && (source.charAt(exponent) == '+' || source.charAt(exponent) == '-')) {
                    exponent++;
                }
                if (exponent < n && Character.isDigit(source.charAt(exponent))) {
                    decimal = true;
                    end = digits(source, exponent);
                }
            }
            String literal = source.substring(i, end);
            out.append(decimal ? "Fn.decimal('" + literal + "')" : literal);
            i = end;
        }
        return out.toString();
    }

    private static int digits(String source, int from) {
        int i = from;
        while (i < source.length() && Character.isDigit(source.charAt(i))) {
            i++;
        }
        return i;
    }

    public Object evaluate(Facts facts) {
        try {
            return compiled.getValue(new Context(facts));
        } catch (ELException e) {
            throw new ExpressionException(source + ": " + e.getMessage());
        }
    }

    /** The value as a number (null, missing and non-numbers read as 0). */
    public BigDecimal number(Facts facts) {
        return Fn.number(evaluate(facts));
    }

    /** The value as a condition: only a true boolean (or the string "true") holds. */
    public boolean test(Facts facts) {
        Object value = evaluate(facts);
        return value instanceof Boolean b ? b : value != null && "true".equalsIgnoreCase(value.toString());
    }

    public String source() {
        return source;
    }

    /** The fact names the expression reads, found in its tree without evaluating it. */
    public Set<String> identifiers() {
        return identifiers;
    }

    @Override
    public String toString() {
        return source;
    }

    /**
     * The allow-list: facts and Fn's functions, nothing else. Without the bean, static-field, map, list and array
     * resolvers of a standard context, a method call or property read on any value is unresolved and fails.
     */
    private static ELResolver resolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new FactsResolver());
        resolver.add(new FnResolver());
        return resolver;
    }

    private static final ImportHandler NO_IMPORTS = new NoImports();

    /**
     * An import handler that resolves no class and takes no import. (The packages it is given, java.lang by its
     * own constructor, are kept but never consulted: only the two resolve methods read them.)
     */
    private static final class NoImports extends ImportHandler {

        @Override
        public void importStatic(String name) {
            throw new ELException("imports are not part of the program language");
        }

        @Override
        public void importClass(String name) {
            throw new ELException("imports are not part of the program language");
        }

        @Override
        public Class<?> resolveClass(String name) {
            return null;
        }

        @Override
        public Class<?> resolveStatic(String name) {
            return null;
        }
    }

    /** A light context per evaluation: the shared resolver, this evaluation's facts. */
    private static final class Context extends ELContext {

        private final Facts facts;

        Context(Facts facts) {
            this.facts = facts;
        }

        @Override
        public ELResolver getELResolver() {
            return RESOLVER;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }

        /** No class is known by name: the standard handler would import all of java.lang. */
        @Override
        public ImportHandler getImportHandler() {
            return NO_IMPORTS;
        }

        /** The facts by the standard context lookup: implementations wrap this context, so no cast would work. */
        @Override
        public Object getContext(Class<?> key) {
            return key == Facts.class ? facts : super.getContext(key);
        }
    }

    /**
     * Calls of {@code Fn.name(...)}, with the methods looked up once. The general StaticFieldELResolver searches
     * the class by reflection on every call and throws and catches an exception while doing so, which made it the
     * largest cost of an assessment.
     */
    private static final class FnResolver extends ELResolver {

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            if (!(base instanceof ELClass type) || type.getKlass() != Fn.class) {
                return null;
            }
            Object[] given = params == null ? new Object[0] : params;
            Method target = Fn.FUNCTIONS.get(method + "/" + given.length);
            if (target == null) {
                return null; // unresolved: evaluation fails with "method not found"
            }
            Class<?>[] types = target.getParameterTypes();
            Object[] arguments = new Object[given.length];
            for (int i = 0; i < given.length; i++) {
                arguments[i] = types[i] == Object.class ? given[i] : context.convertToType(given[i], types[i]);
            }
            context.setPropertyResolved(base, method);
            try {
                return target.invoke(null, arguments);
            } catch (InvocationTargetException e) {
                throw new ELException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new ELException(e);
            }
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            // nothing to set
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return true;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return null;
        }
    }

    /** Top-level identifiers are facts (missing ones are null), except the imported helper class. */
    private static final class FactsResolver extends ELResolver {

        /** {@code Fn} resolved here: left to an import handler, every use would first throw and catch an exception. */
        private static final ELClass FN_CLASS = new ELClass(Fn.class);

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base != null || !(property instanceof String name)) {
                return null;
            }
            context.setPropertyResolved(true);
            if (FN.equals(name)) {
                return FN_CLASS;
            }
            Facts facts = (Facts) context.getContext(Facts.class);
            return facts == null ? null : facts.lookUp(name);
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            // facts are read-only
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return true;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return base == null ? String.class : null;
        }
    }
}
