package ai.hrflow.connectors.api.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The format and the logic made of a {@link JsltExpression} ({@link Format#jslt}, {@link Logic#jslt}). */
final class JsltFunctions {
    private JsltFunctions() {
    }

    static Format format(Format base, String expression) {
        JsltExpression compiled = JsltExpression.compile(expression);
        String name = base == null || base.name() == null ? "jslt" : base.name() + " + jslt";
        return new Format() {
            @Override
            public ObjectNode apply(ObjectNode item) throws Exception {
                ObjectNode input = base == null ? item : base.apply(item);
                if (input == null) {
                    throw new IllegalStateException("the base format returned nothing");
                }
                JsonNode result = compiled.apply(input);
                if (!result.isObject()) {
                    throw new IllegalArgumentException("the JSLT format gave " + JsltExpression.kind(result)
                            + " instead of an object");
                }
                return (ObjectNode) result;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    static Logic logic(String expression) {
        JsltExpression compiled = JsltExpression.compile(expression);
        return item -> {
            JsonNode result = compiled.apply(item);
            if (result.isNull() || result.isMissingNode()) {
                return null;
            }
            if (!result.isBoolean()) {
                throw new IllegalArgumentException("the JSLT logic gave " + JsltExpression.kind(result)
                        + " instead of true, false or null (wrap it in boolean(...))");
            }
            return result.booleanValue() ? item : null;
        };
    }
}
