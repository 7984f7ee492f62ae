package cn.kaifeng.tfs.program.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.Programs;
import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import jakarta.el.ELProcessor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The program language is closed: a definition file can supply only facts, literals, operators and Fn functions.
 * Each hostile expression of the corpus is put into a gate of a valid program and imported as an administrator's
 * upload is; it must be refused with a problem on its line, naming what was refused. Expressions that would act
 * (run a command, set a property, end the JVM) must leave no trace: a marker file stays absent and a system
 * property unset. A positive control shows the marker expression does act in a standard EL context, so the
 * absence of the marker means something.
 */
class ExpressionSandboxTest {

    private static final Path VALID = Path.of("src/test/resources/programs/test-new-program.yaml");
    private static final String GATE = "    when: inKaifeng";
    private static final String PROPERTY = "tfs.sandbox.ran";

    @TempDir
    static Path directory;

    private static Path marker;
    private static String touch;

    @BeforeAll
    static void marker() {
        marker = directory.resolve("marker");
        touch = "'touch " + marker + "'";
    }

    @AfterAll
    static void nothingRan() {
        assertFalse(Files.exists(marker), "a hostile expression ran a command");
        assertEquals(null, System.getProperty(PROPERTY), "a hostile expression set a system property");
    }

    record Hostile(String refused, String expression) {
        @Override
        public String toString() {
            return refused + ": " + (expression.length() > 80 ? expression.substring(0, 80) + "…" : expression);
        }
    }

    private static Hostile h(String refused, String expression) {
        return new Hostile(refused, expression);
    }

    private static String repeat(String part, int times) {
        return part.repeat(times);
    }

    private static String nestedChoices(int levels) {
        StringBuilder s = new StringBuilder("inKaifeng");
        for (int i = 0; i < levels; i++) {
            s = new StringBuilder("inKaifeng ? (" + s + ") : false");
        }
        return s.toString();
    }

    static Stream<Hostile> corpus() {
        String runtime = "''.getClass().forName('java.lang.Runtime')";
        String exec = runtime + ".getMethod('getRuntime').invoke(null).exec(" + touch + ")";
        String setProperty = "''.getClass().forName('java.lang.System').getMethod('setProperty', ''.getClass(),"
                + " ''.getClass()).invoke(null, '" + PROPERTY + "', 'yes')";
        return Stream.of(
                // reflection and class loading
                h("METHOD_CALL", exec),
                h("METHOD_CALL", "inKaifeng and " + exec + " ne null"),
                h("METHOD_CALL", setProperty),
                h("METHOD_CALL", "''.getClass()"),
                h("PROPERTY", "''.class"),
                h("PROPERTY", "''['class']"),
                h("METHOD_CALL", "''.getClass().getClassLoader()"),
                h("METHOD_CALL", "revenue.getClass().getClassLoader().loadClass('java.lang.Runtime')"),
                h("METHOD_CALL", "Fn.decimal('1').getClass()"),
                h("METHOD_CALL", "Fn.ratio(1, 2).getClass().forName('java.lang.ProcessBuilder')"),
                h("PROPERTY", "Fn.class"),
                h("UNKNOWN_FUNCTION", "Fn.getClass()"),
                h("PROPERTY", "Fn['class']"),
                h("UNKNOWN_FUNCTION", "Fn.forName('java.lang.Runtime')"),
                h("UNKNOWN_FUNCTION", "Fn.number('1') > 0"),
                h("METHOD_CALL", "''.getClass().getMethods()[0].invoke(null)"),
                h(
                        "METHOD_CALL",
                        "''.getClass().forName('java.lang.ProcessBuilder').getConstructors()[0]"
                                + ".newInstance(['touch', '" + marker + "']).start()"),
                h("METHOD_CALL", "''.getClass().forName('javax.script.ScriptEngineManager').newInstance()"),
                // Runtime, ProcessBuilder, System and other classes by name
                h("METHOD_CALL", "Runtime.getRuntime().exec(" + touch + ")"),
                h("METHOD_CALL", "java.lang.Runtime.getRuntime().exec(" + touch + ")"),
                h("METHOD_CALL", "T(java.lang.Runtime).getRuntime()"),
                h("METHOD_CALL", "ProcessBuilder(['touch']).start()"),
                h("METHOD_CALL", "System.exit(0)"),
                h("METHOD_CALL", "java.lang.System.exit(1)"),
                h("METHOD_CALL", "System.getProperty('user.home') != null"),
                h("METHOD_CALL", "System.getenv('TFS_DB_PASSWORD') != null"),
                h("METHOD_CALL", "Thread.sleep(100000)"),
                h("METHOD_CALL", "Class.forName('java.lang.Runtime')"),
                h("METHOD_CALL", "Math.random() > 0.5"),
                // static fields
                h("PROPERTY", "Boolean.TRUE"),
                h("PROPERTY", "Integer.MAX_VALUE > revenue"),
                h("PROPERTY", "java.io.File.separator"),
                // lambdas and recursion
                h("LAMBDA", "(x -> x)(1)"),
                h("LAMBDA", "x -> x"),
                h("LAMBDA", "(f -> f(f))(f -> f(f))"),
                h("SEQUENCE", "f = x -> f(x); f(1)"),
                h("SEQUENCE", "fact = n -> n <= 1 ? 1 : n * fact(n - 1); fact(1000)"),
                h("ASSIGNMENT", "fact = n -> n <= 1 ? 1 : n * fact(n - 1)"),
                // assignments, sequences, concatenation
                h("ASSIGNMENT", "revenue = 1"),
                h("SEQUENCE", "inKaifeng; true"),
                h("CONCATENATION", "revenue += 'a'"),
                h("CONCATENATION", "'java.lang.' += 'Runtime'"),
                // collections and streams
                h("METHOD_CALL", "[1, 2, 3].stream().map(x -> x * 2).toList()"),
                h("COLLECTION", "{1, 2, 3}"),
                h("COLLECTION", "{'a': 1}"),
                h("METHOD_CALL", "[1, 2, 3].size() > 1"),
                h("METHOD_CALL", "industries.stream().count() > 0"),
                h("METHOD_CALL", "industries.size() > 0"),
                h("PROPERTY", "industries[0] == 'XR'"),
                // functions outside Fn
                h("FUNCTION", "fn:toUpperCase('a')"),
                h("FUNCTION", "exec(" + touch + ")"),
                h("FUNCTION", "ProcessBuilder('touch')"),
                // text around the expression, nested expressions
                h("TEMPLATE", "inKaifeng} ${''.getClass()"),
                h("badExpression", "inKaifeng} #{revenue"),
                // huge literals
                h("LITERAL", "revenue > 1e999999999"),
                h("LITERAL", "revenue > 123456789012345678901234567890"),
                h("LITERAL", "Fn.decimal('1e999999999') > revenue"),
                h("LITERAL", "Fn.decimal(revenue) > 1"),
                h("LITERAL", "revenue > 0." + repeat("1", 40)),
                h("LITERAL", "revenue == '" + repeat("a", 300) + "'"),
                // size and nesting
                h("TOO_DEEP", nestedChoices(ClosedLanguage.MAX_CHOICES + 1)),
                h("TOO_DEEP", repeat("(", 30) + "revenue" + repeat(")", 30)),
                h("TOO_LONG", "revenue > 0" + repeat(" and revenue > 0", 80)),
                h("TOO_COMPLEX", "revenue" + repeat("+revenue", 120) + " > 0"),
                // Fn and values used as objects
                h("BARE_FN", "Fn"),
                h("PROPERTY", "Fn.hasAny"),
                h("PROPERTY", "Fn.count(Fn.ratio) > 0"),
                h("METHOD_CALL", "empty ''.getClass()"),
                h("METHOD_CALL", "not Fn.ratio(1, 2).toString().isEmpty()"),
                h("METHOD_CALL", "''.concat('a') == 'a'"),
                h("METHOD_CALL", "revenue.toString() == '1'"),
                h("METHOD_CALL", "Fn.sum(industries, ''.getClass().getName()) > 0"),
                h("PROPERTY", "pageContext.request"),
                h("PROPERTY", "facesContext.externalContext.sessionMap"),
                // not Expression Language at all
                h("badExpression", "revenue instanceof java.lang.Object"),
                h("badExpression", "${''.getClass()}"));
    }

    private static List<DefinitionProblem> imported(String expression) throws IOException {
        String content = Files.readString(VALID);
        assertTrue(content.contains(GATE), "the fixture has the gate the corpus replaces");
        String quoted = "\"" + expression.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String hostile = content.replace(GATE, "    when: " + quoted);
        InvalidDefinitionException e = assertThrows(
                InvalidDefinitionException.class, () -> Programs.reader().read("hostile.yaml", hostile));
        return e.problems();
    }

    @Test
    void theCorpusHasAtLeastFiftyExpressions() {
        assertTrue(corpus().count() >= 50);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedAtImportOnItsLineWithWhatWasRefused(Hostile hostile) throws IOException {
        int line = lineOfGate();
        List<DefinitionProblem> problems = imported(hostile.expression());
        assertEquals(1, problems.size(), problems.toString());
        DefinitionProblem problem = problems.get(0);
        String key =
                hostile.refused().equals("badExpression") ? "badExpression" : "expressionRefused." + hostile.refused();
        assertEquals(key, problem.key(), problem.toString());
        assertEquals(line, problem.line());
        String zh = problem.describe(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.startsWith("hostile.yaml 第 " + line + " 行"), zh);
        assertFalse(zh.matches("(?s).*\\{\\d\\}.*"), "every placeholder filled: " + zh);
        assertTrue(problem.describe(Locale.ENGLISH).startsWith("hostile.yaml line " + line));
        assertFalse(Files.exists(marker), "nothing ran");
    }

    /**
     * The second wall: even without the check, evaluation resolves nothing but facts and Fn's functions. Each
     * expression that reaches a Java object through a method call, a property or a class name fails to evaluate.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void evaluationAloneReachesNoJavaObject(Hostile hostile) {
        String source = hostile.expression();
        boolean reachesObjects = switch (hostile.refused()) {
            case "METHOD_CALL", "PROPERTY", "UNKNOWN_FUNCTION", "FUNCTION" -> true;
            default -> false;
        };
        if (!reachesObjects || source.contains("${") || source.contains("System.exit")) {
            return; // not about resolution (the check alone refuses these), or must never be tried
        }
        Facts facts = Facts.of(Map.of("revenue", BigDecimal.ONE, "industries", List.of("XR"), "inKaifeng", true));
        Object result;
        try {
            result = Expression.compileUnchecked(source).evaluate(facts);
        } catch (ExpressionException refused) {
            result = null;
        }
        // a read of an unknown property may quietly give null, but never a Java object or a class
        assertTrue(result == null || result instanceof Boolean || result instanceof Number, source + " gave " + result);
        assertFalse(Files.exists(marker), "nothing ran: " + source);
        assertEquals(null, System.getProperty(PROPERTY));
    }

    /** The control: in a standard EL context the corpus's first expression does run its command. */
    @Test
    void theMarkerExpressionActsInAStandardContext() throws IOException {
        Path control = directory.resolve("control");
        String expression = "''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
                + ".exec('touch " + control + "').waitFor()";
        new ELProcessor().eval(expression);
        assertTrue(Files.exists(control), "the standard context ran the command; ours must not");
        Files.delete(control);
    }

    @Test
    void theLanguageStillDoesWhatProgramsNeed() {
        Facts facts = Facts.of(Map.of(
                "revenue",
                new BigDecimal("200"),
                "cost",
                new BigDecimal("50"),
                "industries",
                List.of("XR", "AI"),
                "rows",
                List.of(Map.of("kind", "A", "amount", new BigDecimal("3")))));
        assertEquals(
                new BigDecimal("0.25"),
                Expression.compile("Fn.ratio(cost, revenue)").number(facts).stripTrailingZeros());
        assertTrue(Expression.compile("revenue >= 100 and not empty industries").test(facts));
        assertTrue(Expression.compile("Fn.hasAny(industries, 'XR,DT') && Fn.count(industries) == 2")
                .test(facts));
        assertEquals(
                0,
                new BigDecimal("60")
                        .compareTo(Expression.compile("revenue > 100 ? Fn.min(revenue * 0.3, 80) : 0")
                                .number(facts)));
        assertTrue(Expression.compile("Fn.countWhere(rows, 'kind', 'A') == 1 and Fn.sum(rows, 'amount') == 3")
                .test(facts));
        assertTrue(Expression.compile("-revenue < 0 || revenue % 7 != 0 || revenue div 2 eq 100")
                .test(facts));
        assertEquals(
                List.of("cost", "revenue"),
                new ArrayList<>(Expression.compile("cost * revenue").identifiers()));
    }

    @Test
    void theBoundsAreInclusive() {
        assertTrue(Expression.compile(nestedChoices(ClosedLanguage.MAX_CHOICES))
                .test(Facts.of(Map.of("inKaifeng", true))));
        Expression.compile("x > " + repeat("9", ClosedLanguage.MAX_INTEGER_DIGITS));
        Expression.compile("x == '" + repeat("a", ClosedLanguage.MAX_TEXT) + "'");
    }

    private static int lineOfGate() throws IOException {
        List<String> lines = Files.readAllLines(VALID);
        return lines.indexOf(GATE) + 1;
    }
}
