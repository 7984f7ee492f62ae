package cn.kaifeng.tfs.program.expression;

import jakarta.el.ArrayELResolver;
import jakarta.el.BeanELResolver;
import jakarta.el.CompositeELResolver;
import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.ExpressionFactory;
import jakarta.el.FunctionMapper;
import jakarta.el.ListELResolver;
import jakarta.el.MapELResolver;
import jakarta.el.StaticFieldELResolver;
import jakarta.el.ValueExpression;
import jakarta.el.VariableMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One expression of a program definition, written without the {@code #{}} delimiters, e.g.
 * {@code Fn.ratio(rdSpend, revenue) >= 0.05}. Parsed once; evaluated many times, from any thread, against the
 * facts of an application. Identifiers are the application's field codes and derived values; {@code Fn} holds
 * the helper functions.
 */
public final class Expression {

    /** The parser is stateless and thread-safe; one per JVM is the platform's intended use. */
    private static final ExpressionFactory FACTORY = ExpressionFactory.newInstance();

    /** The helper class's name in expressions; resolved by {@link FactsResolver}, not by an import handler. */
    private static final String FN = "Fn";

    private static final ELResolver RESOLVER = resolver();

    private final String source;
    private final ValueExpression compiled;

    private Expression(String source, ValueExpression compiled) {
        this.source = source;
        this.compiled = compiled;
    }

    /** Parses an expression; throws {@link ExpressionException} with the parser's reason when it is malformed. */
    public static Expression compile(String source) {
        if (source == null || source.isBlank()) {
            throw new ExpressionException("empty expression");
        }
        try {
            return new Expression(
                    source,
                    FACTORY.createValueExpression(new Context(null), "${" + exactDecimals(source) + "}", Object.class));
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

    @Override
    public String toString() {
        return source;
    }

    private static ELResolver resolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new FactsResolver());
        resolver.add(new FnResolver());
        resolver.add(new StaticFieldELResolver());
        resolver.add(new MapELResolver(true));
        resolver.add(new ListELResolver(true));
        resolver.add(new ArrayELResolver(true));
        resolver.add(new BeanELResolver(true));
        return resolver;
    }

    /** A light context per evaluation: the shared resolver and imports, this evaluation's facts. */
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

        private static final Map<String, Method> METHODS = Arrays.stream(Fn.class.getMethods())
                .filter(m -> m.getDeclaringClass() == Fn.class && Modifier.isStatic(m.getModifiers()))
                .collect(Collectors.toUnmodifiableMap(m -> key(m.getName(), m.getParameterCount()), m -> m));

        private static String key(Object name, int arity) {
            return name + "/" + arity;
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            if (!(base instanceof ELClass type) || type.getKlass() != Fn.class) {
                return null;
            }
            Object[] given = params == null ? new Object[0] : params;
            Method target = METHODS.get(key(method, given.length));
            if (target == null) {
                return null; // let the standard resolver report the unknown method
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
