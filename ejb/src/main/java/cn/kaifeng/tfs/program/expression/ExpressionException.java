package cn.kaifeng.tfs.program.expression;

/**
 * An expression could not be parsed or evaluated, or uses a construct outside the program language. A refusal
 * names the construct ({@link #refusal()}) and the text it was found in ({@link #detail()}), so that the definition's
 * author is told in their language what to change; the message is for the log.
 */
public class ExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;
    private final String detail;

    public ExpressionException(String message) {
        this(null, null, message);
    }

    ExpressionException(Refusal refusal, String detail, String message) {
        super(message);
        this.refusal = refusal;
        this.detail = detail;
    }

    static ExpressionException refused(Refusal refusal, String detail) {
        return new ExpressionException(refusal, detail, refusal.name() + ": " + detail);
    }

    /** The construct refused by the language check; null when the expression failed otherwise. */
    public Refusal refusal() {
        return refusal;
    }

    /** The part of the expression the refusal is about (a method name, a literal, a count...). */
    public String detail() {
        return detail;
    }
}
