package ai.hrflow.connectors.api.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A filter or transformation run on each item read, before the format. Returns the item (possibly changed)
 * to keep it, or {@code null} to discard it (counted as {@code logics_discard}). A thrown exception counts
 * one {@code logics_failure} and the item is recorded in the failures file.
 */
@FunctionalInterface
public interface Logic {
    ObjectNode apply(ObjectNode item) throws Exception;

    /**
     * A filter written in JSLT, e.g. {@code boolean(.info.email)}: true keeps the item unchanged, false or null
     * discards it; any other value, or an error on the item, is that item's {@code logics_failure}.
     *
     * @throws JsltSyntaxException when the expression does not compile (with JSLT's line and column)
     */
    static Logic jslt(String expression) {
        return JsltFunctions.logic(expression);
    }
}
