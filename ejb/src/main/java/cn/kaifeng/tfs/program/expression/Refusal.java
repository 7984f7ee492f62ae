package cn.kaifeng.tfs.program.expression;

/**
 * A construct the program language does not have, or a bound it exceeds. Each has a message in the definition
 * bundle under {@code expressionRefused.<name>}.
 */
public enum Refusal {
    /** Longer than {@link ClosedLanguage#MAX_LENGTH} characters. */
    TOO_LONG,
    /** Brackets or conditionals nested deeper than the bounds. */
    TOO_DEEP,
    /** More than {@link ClosedLanguage#MAX_NODES} parts. */
    TOO_COMPLEX,
    /** A method called on a value ({@code ''.getClass()}) or on a class. */
    METHOD_CALL,
    /** {@code Fn.name(...)} where Fn has no such function with that many arguments. */
    UNKNOWN_FUNCTION,
    /** A property or index read on a value ({@code a.b}, {@code a['b']}, {@code Fn.x}). */
    PROPERTY,
    /** A function call outside Fn ({@code f(x)}, {@code ns:f(x)}). */
    FUNCTION,
    /** A lambda expression ({@code x -> x}). */
    LAMBDA,
    /** An assignment ({@code a = 1}). */
    ASSIGNMENT,
    /** Expressions joined by {@code ;}. */
    SEQUENCE,
    /** String concatenation ({@code +=}). */
    CONCATENATION,
    /** A list, set or map built in the expression ({@code [1, 2]}, {@code {1, 2}}, {@code {'a': 1}}). */
    COLLECTION,
    /** Text around the expression or a second {@code ${...}} / {@code #{...}} in it. */
    TEMPLATE,
    /** A number or text literal beyond the bounds, or {@code Fn.decimal} of anything but a plain decimal literal. */
    LITERAL,
    /** {@code Fn} used as a value instead of {@code Fn.name(...)}. */
    BARE_FN,
    /** Any other construct of Expression Language (not on the allow-list). */
    CONSTRUCT
}
