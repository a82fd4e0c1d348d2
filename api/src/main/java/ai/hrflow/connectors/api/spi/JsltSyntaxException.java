package ai.hrflow.connectors.api.spi;

/** A JSLT expression that does not compile, with where JSLT found the problem in the expression's text. */
public final class JsltSyntaxException extends IllegalArgumentException {
    private final String problem;
    private final int line;
    private final int column;

    public JsltSyntaxException(String problem, int line, int column) {
        super("not valid JSLT" + JsltExpression.where(line, column) + ": " + problem);
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    /** JSLT's description of the problem, without its position. */
    public String problem() {
        return problem;
    }

    /** 1-based line in the expression's text; 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column in the expression's text; 0 when unknown. */
    public int column() {
        return column;
    }
}
