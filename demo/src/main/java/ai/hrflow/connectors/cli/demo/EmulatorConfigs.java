package ai.hrflow.connectors.cli.demo;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.jsonl.JsonLinesWarehouse;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.Connectors;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.FlowAction;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ready-to-run configuration files for the emulated world of {@code emulate}: one per action of every
 * connector ({@link ActionConfigs}), with the emulators' credentials and the {@code endpoints:} that send the
 * product to them.
 */
public final class EmulatorConfigs {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private static final String PROFILES_SAMPLE = "sample-profiles.jsonl";
    private static final String JOBS_SAMPLE = "sample-jobs.jsonl";

    private EmulatorConfigs() {
    }

    /**
     * Writes one file per action of every connector into {@code directory}, plus the JSON Lines files the
     * {@code jsonl} actions read; returns file name → the command that runs it.
     */
    public static Map<String, String> write(EmulatorStack stack, Connectors connectors, Path directory,
            String pushProfileKey) throws IOException {
        Files.createDirectories(directory);
        ActionConfigs configs = new ActionConfigs(stack, pushProfileKey, directory);
        Map<String, String> commands = new LinkedHashMap<>();
        for (Connector connector : connectors.all()) {
            for (Action action : connector.actions()) {
                String name = connector.subtype() + "-" + action.name();
                ObjectNode config = base(stack, "emulate-" + name.replace('_', '-'));
                config.setAll(configs.config(connector, action, config.get("workflow_id").asText(),
                        jsonlFile(directory, action)));
                if (action.supportsIncremental() && action instanceof FlowAction) {
                    config.put("incremental", true);
                }
                commands.put(save(directory, name + ".yaml", config),
                        "run " + connector.subtype() + " " + action.name());
            }
        }
        writeSamples(directory);
        return commands;
    }

    /** What a {@code jsonl} action reads (a sample file per entity) or writes (a file of its own). */
    private static Path jsonlFile(Path directory, Action action) {
        boolean readsJsonl = action.originName().equals(JsonLinesWarehouse.NAME);
        if (readsJsonl) {
            return directory.resolve(action.entity() == Entity.JOB ? JOBS_SAMPLE : PROFILES_SAMPLE);
        }
        return directory.resolve("out-" + action.name() + ".jsonl");
    }

    private static void writeSamples(Path directory) throws IOException {
        ObjectNode profile = Json.object().put("reference", "jsonl-sample-1").put("text", "Data engineer");
        profile.putObject("info").put("first_name", "Sam").put("last_name", "Lee").put("email", "sam.lee@example.com");
        ObjectNode job = Json.object().put("reference", "jsonl-job-1").put("name", "Data engineer");
        Files.writeString(directory.resolve(PROFILES_SAMPLE), Json.MAPPER.writeValueAsString(profile) + "\n");
        Files.writeString(directory.resolve(JOBS_SAMPLE), Json.MAPPER.writeValueAsString(job) + "\n");
    }

    private static ObjectNode base(EmulatorStack stack, String workflowId) {
        ObjectNode config = Json.object().put("workflow_id", workflowId);
        ObjectNode endpoints = config.putObject("endpoints");
        stack.endpointMap().forEach(endpoints::put);
        return config;
    }

    private static String save(Path directory, String name, ObjectNode config) throws IOException {
        Path file = directory.resolve(name);
        String header = "# Emulator credentials (not real secrets). With real accounts, write secrets as ${ENV_VAR}\n"
                + "# references and drop the endpoints section.\n";
        Files.writeString(file, header + YAML.writeValueAsString(config));
        return file.toString();
    }
}
