package ai.hrflow.connectors.runtime.config;

import ai.hrflow.connectors.api.params.ParameterProblem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses a configuration text into a JSON tree. Parse errors are reported by position only (plus the YAML
 * parser's fixed wording of the problem): the parsers' own messages quote the text around the error, which
 * may be a secret written inline.
 */
final class ConfigDocuments {
    // Duplicate keys are refused: with a silent "last one wins", a pasted block can override a value unseen.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private ConfigDocuments() {
    }

    /** The document's root, or empty with a problem at {@code (file)}. */
    static Optional<JsonNode> parse(String content, ConfigSyntax syntax, List<ParameterProblem> problems) {
        if (content.isBlank()) {
            problems.add(new ParameterProblem(RunConfigLoader.FILE_PATH, "the file is empty"));
            return Optional.empty();
        }
        try {
            JsonNode root = syntax == ConfigSyntax.JSON ? JSON.readTree(content) : firstYamlDocument(content, problems);
            if (root == null || root.isNull() || root.isMissingNode()) {
                problems.add(new ParameterProblem(RunConfigLoader.FILE_PATH, "the file holds no configuration"));
                return Optional.empty();
            }
            if (!root.isObject()) {
                problems.add(new ParameterProblem(RunConfigLoader.FILE_PATH,
                        "expected a mapping of keys (workflow_id, ...) at the top, got " + kind(root)));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            problems.add(new ParameterProblem(RunConfigLoader.FILE_PATH, describe(e, syntax)));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new ParameterProblem(RunConfigLoader.FILE_PATH, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static JsonNode firstYamlDocument(String content, List<ParameterProblem> problems) throws IOException {
        // Not readValues(): it would take a top-level list for a sequence of documents.
        try (JsonParser parser = YAML.createParser(content)) {
            JsonNode first = YamlTree.read(parser);
            if (parser.nextToken() != null) {
                problems.add(new ParameterProblem(RunConfigLoader.FILE_PATH,
                        "holds several YAML documents (---); put one configuration per file"));
            }
            return first;
        }
    }

    private static String describe(JsonProcessingException e, ConfigSyntax syntax) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String where = where(e.getLocation());
        if (original.startsWith("Duplicate field")) {
            // Names the key, never a value.
            return "key " + original.substring("Duplicate field ".length()) + " is given twice" + where;
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException yaml) {
                String problem = yaml.getProblem() == null ? "" : ": " + yaml.getProblem();
                return "not valid YAML" + where + problem;
            }
        }
        return "not valid " + syntax.name() + where + " (check quotes, commas, brackets and indentation there)";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    static String kind(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNumber()) {
            return "a number";
        }
        return "null";
    }
}
