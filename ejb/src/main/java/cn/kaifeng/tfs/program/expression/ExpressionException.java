package cn.kaifeng.tfs.program.expression;

/** An expression could not be parsed or evaluated; the message is the parser's, for the definition's author. */
public class ExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExpressionException(String message) {
        super(message);
    }
}
