package ai.hrflow.connectors.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.docs.ExampleValues.Group;
import ai.hrflow.connectors.docs.ExampleValues.Value;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.FlowAction;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The examples are runnable: the YAML binds without a problem and the Java class compiles. */
class ExamplesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path dir;

    static Stream<Arguments> actions() {
        List<Arguments> all = new ArrayList<>();
        for (Connector c : List.of(SeedConnectors.zohoRecruit(), SeedConnectors.zoho(), SeedConnectors.jobadder(),
                SeedConnectors.recruitee(), ParameterTableTest.acme())) {
            c.actions().forEach(a -> all.add(Arguments.of(c.subtype() + " " + a.name(), c, a)));
        }
        return all.stream();
    }

    private static String block(String doc, String language) {
        int start = doc.indexOf("```" + language + "\n");
        assertThat(start).as("a ```%s block", language).isNotNegative();
        int from = start + language.length() + 4;
        return doc.substring(from, doc.indexOf("```\n", from));
    }

    private static String doc(Connector connector, Action action) {
        return DocsGenerator.render(connector, Path.of("")).get("docs/" + action.name() + ".md");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void yamlExampleIsAValidConfiguration(String label, Connector connector, Action action) throws Exception {
        JsonNode config = YAML.readTree(block(doc(connector, action), "yaml"));

        List<String> keys = new ArrayList<>();
        config.fieldNames().forEachRemaining(keys::add);
        if (action instanceof FlowAction) {
            assertThat(keys).containsExactly("workflow_id", "connector_auth", "hrflow_auth", "pull_parameters",
                    "push_parameters", "persist", "incremental");
        } else {
            assertThat(keys).containsExactly("workflow_id", "action_parameters", "origin_parameters",
                    "target_parameters");
        }
        resolveSecrets(config);
        ActionRequest.Builder request = ActionRequest.builder(config.get("workflow_id").asText());
        if (action instanceof FlowAction) {
            request.connectorAuth(config.get("connector_auth")).hrflowAuth(config.get("hrflow_auth"))
                    .pullParameters(config.get("pull_parameters")).pushParameters(config.get("push_parameters"));
        } else {
            request.originParameters(config.get("origin_parameters"))
                    .targetParameters(config.get("target_parameters"));
        }
        assertThat(action.validate(request.build())).isEmpty();
    }

    /** What the command does with {@code ${NAME}}; checks on the way that every secret is such a reference. */
    private static void resolveSecrets(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                if (e.getValue().isTextual() && e.getValue().asText().startsWith("${")) {
                    assertThat(e.getValue().asText()).matches("\\$\\{[A-Z0-9_]+\\}");
                    object.set(e.getKey(), TextNode.valueOf("from-the-environment"));
                } else {
                    resolveSecrets(e.getValue());
                }
            }
        }
    }

    @Test
    void secretsAreEnvironmentReferencesInBothExamples() {
        String doc = doc(SeedConnectors.zohoRecruit(), SeedConnectors.zohoRecruit()
                .action("update_profiles_in_hrflow").orElseThrow());

        assertThat(block(doc, "yaml")).contains("client_secret: ${ZOHORECRUIT_CLIENT_SECRET}",
                "api_secret: ${HRFLOW_API_SECRET}", "# refresh_token: ${ZOHORECRUIT_REFRESH_TOKEN}",
                "converted: \"false\"");
        assertThat(block(doc, "java")).contains("\"client_secret\", env(\"ZOHORECRUIT_CLIENT_SECRET\")",
                "// optional in connector_auth: authorization_code, refresh_token");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void javaExampleCompiles(String label, Connector connector, Action action) throws Exception {
        String java = block(doc(connector, action), "java");
        String className = DocNames.javaClassName(action.name()) + "Example";

        assertThat(compile(className, java)).isEmpty();
    }

    @Test
    void moreThanTenParametersUseMapOfEntries() throws Exception {
        List<Value> values = IntStream.range(0, 11)
                .mapToObj(i -> new Value("p" + i, TextNode.valueOf("v" + i), null, false)).toList();
        String java = JavaExample.render("acme", "push_profile", List.of(new Group("target_parameters",
                "targetParameters", values)), List.of());

        assertThat(java).contains("Map.ofEntries(", "Map.entry(\"p10\", \"v10\")");
        assertThat(compile("PushProfileExample", block(java, "java"))).isEmpty();
    }

    @Test
    void yamlScalarsReadBackAsTheSameStrings() throws Exception {
        for (String s : List.of("true", "No", "null", "~", "123", "0.5", "-1", "a: b", "a #b", "#a", "", " a",
                "STAGING ENDPOINT", "https://accounts.zoho.eu", "it's", "\"q\"", "[x]", "line\nbreak", "x:",
                "@a", "`a", "%a", "*a", "&a", "!a", "|a", ">a", "?a", "-a", "a,b")) {
            JsonNode read = YAML.readTree("k: " + YamlExample.scalar(s) + "\n").get("k");
            assertThat(read.isTextual()).as("%s -> %s", s, YamlExample.scalar(s)).isTrue();
            assertThat(read.asText()).as("%s -> %s", s, YamlExample.scalar(s)).isEqualTo(s);
        }
        assertThat(YamlExample.scalar("https://accounts.zoho.eu")).isEqualTo("https://accounts.zoho.eu");
        assertThat(YamlExample.scalar("false")).isEqualTo("\"false\"");
        assertThat(YamlExample.node(Json.array().add("a").add(1))).isEqualTo("[\"a\", 1]");
    }

    /** Compiler diagnostics, empty when the source compiles against core's class path. */
    private String compile(String className, String source) throws Exception {
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        // Surefire may hide the class path in a manifest-only jar: add the jars the examples need explicitly.
        List<String> classPath = new ArrayList<>(List.of(System.getProperty("java.class.path")
                .split(File.pathSeparator)));
        for (Class<?> c : List.of(Action.class, ObjectMapper.class, JsonParser.class, JsonProperty.class)) {
            classPath.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac.getTask(diagnostics, null, null,
                List.of("-d", dir.toString(), "-proc:none", "-cp", String.join(File.pathSeparator, classPath)), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(file.toFile())).call();
        return ok ? "" : diagnostics + "\n" + source;
    }
}
