package ai.hrflow.connectors.runtime.config;

import ai.hrflow.connectors.api.params.ParameterProblem;
import ai.hrflow.connectors.api.params.Suggestions;
import ai.hrflow.connectors.api.spi.Format;
import ai.hrflow.connectors.api.spi.JsltSyntaxException;
import ai.hrflow.connectors.api.spi.Logic;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code format} and {@code logics} of a configuration: a class name ({@link FunctionClasses}) or a mapping
 * holding a JSLT expression, inline or in a file relative to the configuration file:
 * <pre>{@code
 * format: {base: default, jslt: '. + {"tags": [{"name": "source", "value": .info.source}]}'}
 * logics: [{jslt: 'boolean(.info.email)'}, {jslt_file: mappings/keep.jslt}]
 * }</pre>
 * Expressions are compiled here, once per run; one that does not compile is a problem at its key with JSLT's
 * line and column.
 */
final class ConfigFunctions {
    static final String JSLT = "jslt";
    static final String JSLT_FILE = "jslt_file";
    static final String BASE = "base";
    private static final List<String> FORMAT_KEYS = List.of(BASE, JSLT, JSLT_FILE);
    private static final List<String> LOGIC_KEYS = List.of(JSLT, JSLT_FILE);

    private final FunctionClasses classes;
    private final Path directory;

    /** {@code source}: the configuration file, whose folder {@code jslt_file} paths are relative to (or null). */
    ConfigFunctions(FunctionClasses classes, Path source) {
        this.classes = classes;
        Path parent = source == null ? null : source.toAbsolutePath().getParent();
        this.directory = parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** {@code actionDefault}: what {@code base: default} starts from (null: the action has none). */
    Optional<Format> format(JsonNode node, Format actionDefault, String path, List<ParameterProblem> problems) {
        if (node.isTextual()) {
            return classes.instantiate(node.textValue(), Format.class, path, problems);
        }
        if (!node.isObject()) {
            problems.add(new ParameterProblem(path, "expected a class name or a mapping with jslt or jslt_file, got "
                    + ConfigDocuments.kind(node)));
            return Optional.empty();
        }
        int before = problems.size();
        unknownKeys(node, FORMAT_KEYS, path, problems);
        Format base = null;
        JsonNode baseNode = node.get(BASE);
        String baseName = baseNode == null || baseNode.isNull() ? "default" : baseNode.asText();
        if (baseNode != null && !baseNode.isNull() && !baseNode.isTextual()
                || !baseName.equals("default") && !baseName.equals("none")) {
            problems.add(new ParameterProblem(path + "." + BASE, "must be one of 'default', 'none', got "
                    + (baseNode.isTextual() ? "\"" + baseName + "\"" : ConfigDocuments.kind(baseNode))));
        } else if (baseName.equals("default")) {
            base = actionDefault;
        }
        Optional<Expression> expression = expression(node, path, problems);
        if (expression.isEmpty() || problems.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(base == null ? Format.jslt(expression.get().text())
                    : Format.jslt(base, expression.get().text()));
        } catch (JsltSyntaxException e) {
            problems.add(syntaxProblem(expression.get(), e));
            return Optional.empty();
        }
    }

    List<Logic> logics(JsonNode list, String path, List<ParameterProblem> problems) {
        List<Logic> logics = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            logic(list.get(i), path + "[" + i + "]", problems).ifPresent(logics::add);
        }
        return logics;
    }

    private Optional<Logic> logic(JsonNode node, String at, List<ParameterProblem> problems) {
        if (node.isTextual()) {
            return classes.instantiate(node.textValue(), Logic.class, at, problems);
        }
        if (!node.isObject()) {
            problems.add(new ParameterProblem(at, "expected the class name of a " + Logic.class.getName()
                    + " or a mapping with jslt or jslt_file, got " + ConfigDocuments.kind(node)));
            return Optional.empty();
        }
        int before = problems.size();
        unknownKeys(node, LOGIC_KEYS, at, problems);
        Optional<Expression> expression = expression(node, at, problems);
        if (expression.isEmpty() || problems.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(Logic.jslt(expression.get().text()));
        } catch (JsltSyntaxException e) {
            problems.add(syntaxProblem(expression.get(), e));
            return Optional.empty();
        }
    }

    /** The expression's text and where it was written ({@code format.jslt} or {@code format.jslt_file}). */
    private record Expression(String text, String path, String file) {
    }

    private Optional<Expression> expression(JsonNode node, String path, List<ParameterProblem> problems) {
        JsonNode inline = node.get(JSLT);
        JsonNode file = node.get(JSLT_FILE);
        if ((inline == null) == (file == null)) {
            problems.add(new ParameterProblem(path, "give exactly one of jslt (the expression) or jslt_file (a file "
                    + "holding it, relative to the configuration file)"));
            return Optional.empty();
        }
        if (inline != null) {
            if (!inline.isTextual()) {
                problems.add(new ParameterProblem(path + "." + JSLT, "expected a JSLT expression as a string, got "
                        + ConfigDocuments.kind(inline)));
                return Optional.empty();
            }
            return Optional.of(new Expression(inline.textValue(), path + "." + JSLT, null));
        }
        String at = path + "." + JSLT_FILE;
        if (!file.isTextual() || file.textValue().isBlank()) {
            problems.add(new ParameterProblem(at, "expected the path of a file holding a JSLT expression"));
            return Optional.empty();
        }
        Path resolved = directory.resolve(file.textValue());
        try {
            return Optional.of(new Expression(Files.readString(resolved), at, file.textValue()));
        } catch (NoSuchFileException e) {
            problems.add(new ParameterProblem(at, "no such file: " + resolved));
        } catch (CharacterCodingException e) {
            problems.add(new ParameterProblem(at, resolved + " is not UTF-8 text"));
        } catch (IOException e) {
            problems.add(new ParameterProblem(at, resolved + " cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static ParameterProblem syntaxProblem(Expression expression, JsltSyntaxException e) {
        String where = e.line() > 0 ? " at line " + e.line() + ", column " + e.column() : "";
        String of = expression.file() == null ? " of the expression" : " of " + expression.file();
        return new ParameterProblem(expression.path(), "not valid JSLT" + (where.isEmpty() ? "" : where + of)
                + ": " + e.problem());
    }

    private static void unknownKeys(JsonNode node, List<String> known, String path, List<ParameterProblem> problems) {
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                String hint = Suggestions.closest(key, known).map(s -> "did you mean '" + s + "'?")
                        .orElse("it takes " + String.join(", ", known));
                problems.add(new ParameterProblem(path + "." + key, "unknown key; " + hint));
            }
        });
    }
}
