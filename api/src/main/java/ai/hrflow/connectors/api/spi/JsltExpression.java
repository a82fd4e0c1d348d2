package ai.hrflow.connectors.api.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.schibsted.spt.data.jslt.Expression;
import com.schibsted.spt.data.jslt.JsltException;
import com.schibsted.spt.data.jslt.Parser;
import com.schibsted.spt.data.jslt.parser.TokenMgrError;
import java.io.StringReader;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSLT expression (https://github.com/schibsted/jslt) compiled once, applied to each item: the language of
 * the formats and logics written in a run configuration instead of a Java class ({@link Format#jslt},
 * {@link Logic#jslt}). Thread-safe: a compiled expression holds no per-item state.
 */
public final class JsltExpression {
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \" .*? \"(.+?) \"\"");
    private static final Pattern AT = Pattern.compile(" at line (\\d+), column (\\d+)");

    private final Expression compiled;

    private JsltExpression(Expression compiled) {
        this.compiled = compiled;
    }

    /**
     * Compiles {@code expression}.
     *
     * @throws JsltSyntaxException with the line and column (of the expression's text) JSLT reports
     */
    public static JsltExpression compile(String expression) {
        Objects.requireNonNull(expression, "expression");
        if (expression.isBlank()) {
            throw new JsltSyntaxException("the expression is empty", 0, 0);
        }
        try {
            return new JsltExpression(new Parser(new StringReader(expression)).withSource("expression").compile());
        } catch (JsltException e) {
            throw syntaxError(firstLine(e.getMessageWithoutLocation()), e.getLine(), e.getColumn());
        } catch (RuntimeException | TokenMgrError e) {
            // Lexical errors come wrapped in a JsltException; the token manager's own type is caught in case.
            throw new JsltSyntaxException(firstLine(String.valueOf(e.getMessage())), 0, 0);
        }
    }

    /**
     * The expression's value for {@code item} (never null; JSLT's null is a {@code NullNode}).
     *
     * @throws IllegalArgumentException when the expression fails on this item (a type error, {@code error(...)})
     */
    public JsonNode apply(ObjectNode item) {
        try {
            JsonNode result = compiled.apply(item);
            return result == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : result;
        } catch (JsltException e) {
            throw new IllegalArgumentException("the JSLT expression failed" + where(e.getLine(), e.getColumn())
                    + ": " + firstLine(e.getMessageWithoutLocation()), null);
        }
    }

    /**
     * The parser's message names the offending token and its position ("Encountered ... at line 3, column 1"),
     * which is more exact than the exception's own (the last token read): prefer it.
     */
    private static JsltSyntaxException syntaxError(String message, int line, int column) {
        String problem = ENCOUNTERED.matcher(message).replaceFirst("Encountered \"$1\"");
        Matcher at = AT.matcher(problem);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
            problem = (problem.substring(0, at.start()) + problem.substring(at.end())).strip();
        }
        return new JsltSyntaxException(problem, line, column);
    }

    static String where(int line, int column) {
        return line > 0 ? " at line " + line + ", column " + column : "";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        // The parser appends the long list of tokens it expected on further lines.
        int newline = message.indexOf('\n');
        String first = (newline < 0 ? message : message.substring(0, newline)).strip();
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }

    /** What a value is, for messages: never the value itself (it may be personal data). */
    static String kind(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }
}
