package ai.hrflow.connectors.runtime.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;

/**
 * Builds the tree of one YAML document so that a plain scalar keeps its text whenever the number or
 * boolean YAML would make of it reads differently: {@code 007}, {@code 0x1F}, {@code 1e3}, {@code 1.50},
 * {@code 0123456789} or {@code True} become strings of exactly that text, and only {@code 42}, {@code -3},
 * {@code 1.5}, {@code true} (text identical to the value) stay numbers and booleans. A key declared as a
 * string therefore gets the characters written in the file, never a reformatted or wrapped number; where
 * an integer, number or boolean is declared the text is parsed by the parameter's rules (and refused if it
 * is not one, e.g. {@code 0x1F}).
 */
final class YamlTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlTree() {
    }

    /** The next value of {@code parser}, or null at the end of the input. */
    static JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        return token == null ? null : value(parser, token);
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t));
                }
                return array;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                return scalar(parser, token);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            case VALUE_STRING -> {
                return TextNode.valueOf(parser.getText());
            }
            case VALUE_EMBEDDED_OBJECT -> {
                Object embedded = parser.getEmbeddedObject();
                return embedded instanceof byte[] bytes ? NODES.binaryNode(bytes) : TextNode.valueOf(parser.getText());
            }
            default -> throw new IOException("unexpected YAML token " + token);
        }
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        String text = parser.getText();
        JsonNode typed = switch (token) {
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            // a double reads back as Java prints it (1.5, 0.25); anything else (1.50, 1e3, .inf) stays text
            default -> NODES.numberNode(parser.getDoubleValue());
        };
        return typed.asText().equals(text) ? typed : TextNode.valueOf(text);
    }
}
