package ai.hrflow.connectors.cli.demo;

import ai.hrflow.connectors.api.Json;
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
 * Ready-to-run configuration files for the emulated world of {@code emulate}: one per action worth trying, with
 * the emulators' credentials and the {@code endpoints:} that send the product to them.
 */
public final class EmulatorConfigs {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private EmulatorConfigs() {
    }

    /** Writes the files into {@code directory}; returns file name → the command that runs it. */
    public static Map<String, String> write(EmulatorStack stack, Path directory, String pushProfileKey)
            throws IOException {
        Files.createDirectories(directory);
        Map<String, String> commands = new LinkedHashMap<>();
        for (String action : new String[] {"create_profiles_in_hrflow", "update_profiles_in_hrflow",
            "archive_profiles_in_hrflow"}) {
            ObjectNode config = base(stack, "emulate-zoho-" + action.replace('_', '-'));
            config.set("connector_auth", Json.MAPPER.valueToTree(stack.zohoAuth()));
            config.set("hrflow_auth", Json.MAPPER.valueToTree(stack.hrflowAuth()));
            config.putObject("push_parameters").put("source_key", stack.sourceKey());
            config.put("incremental", true);
            commands.put(save(directory, "zohorecruit-" + action + ".yaml", config),
                    "run zohorecruit " + action);
        }
        ObjectNode jobs = base(stack, "emulate-zoho-create-jobs");
        jobs.set("connector_auth", Json.MAPPER.valueToTree(stack.zohoAuth()));
        jobs.set("hrflow_auth", Json.MAPPER.valueToTree(stack.hrflowAuth()));
        jobs.putObject("push_parameters").put("board_key", stack.boardKey());
        commands.put(save(directory, "zohorecruit-create_jobs_in_hrflow.yaml", jobs),
                "run zohorecruit create_jobs_in_hrflow");

        ObjectNode push = base(stack, "emulate-hrflow-to-zoho");
        push.set("origin_parameters", Json.MAPPER.valueToTree(stack.hrflowProfileOrigin(pushProfileKey)));
        push.set("target_parameters", Json.MAPPER.valueToTree(stack.zohoAuth()));
        commands.put(save(directory, "zohorecruit-push_profile_list.yaml", push),
                "run zohorecruit push_profile_list");

        ObjectNode jobadder = base(stack, "emulate-hrflow-to-jobadder");
        jobadder.set("origin_parameters", Json.MAPPER.valueToTree(stack.hrflowProfileOrigin(pushProfileKey)));
        jobadder.set("target_parameters", Json.MAPPER.valueToTree(stack.jobadderTarget(false)));
        commands.put(save(directory, "jobadder-push_profile.yaml", jobadder), "run jobadder push_profile");

        ObjectNode jobadderJobs = base(stack, "emulate-jobadder-create-jobs");
        jobadderJobs.set("connector_auth", Json.MAPPER.valueToTree(stack.jobadderAuth()));
        jobadderJobs.set("hrflow_auth", Json.MAPPER.valueToTree(stack.hrflowAuth()));
        jobadderJobs.putObject("push_parameters").put("board_key", stack.jobadderBoardKey());
        jobadderJobs.put("incremental", true);
        commands.put(save(directory, "jobadder-create_jobs_in_hrflow.yaml", jobadderJobs),
                "run jobadder create_jobs_in_hrflow");

        ObjectNode recruitee = base(stack, "emulate-hrflow-to-recruitee");
        recruitee.set("origin_parameters", Json.MAPPER.valueToTree(stack.hrflowProfileOrigin(pushProfileKey)));
        recruitee.set("target_parameters", Json.MAPPER.valueToTree(stack.recruiteeTarget()));
        commands.put(save(directory, "recruitee-push_profile.yaml", recruitee), "run recruitee push_profile");
        return commands;
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
