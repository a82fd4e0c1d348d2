package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.hrflow.connectors.runtime.config.RunConfigException;
import ai.hrflow.connectors.runtime.config.RunConfigLoader;
import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.Connectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code emulate} writes a configuration for every action of every connector, and each one is valid. */
class EmulateConfigsTest extends CliTestBase {
    {
        // demo and emulate are commands of the demo and developer jar
        extraCommands = DevMain.COMMANDS;
    }

    @Test
    void everyActionOfEveryConnectorGetsAConfigThatPassesValidation() throws Exception {
        Path configs = dir.resolve("configs");

        Result emulate = run("emulate", "--any-port", "--for", "0", "--dir", configs.toString(), "--candidates", "5");

        assertThat(emulate.exitCode()).as(emulate.all()).isZero();
        Connectors connectors = Connectors.discover();
        List<String> invalid = new ArrayList<>();
        int actions = 0;
        for (String subtype : List.of("jsonl", "zohorecruit", "jobadder", "recruitee")) {
            Connector connector = connectors.find(subtype).orElseThrow();
            for (Action action : connector.actions()) {
                actions++;
                Path file = configs.resolve(subtype + "-" + action.name() + ".yaml");
                assertThat(file).as(file.toString()).exists();
                assertThat(emulate.out()).contains("run " + subtype + " " + action.name() + " --config " + file);
                RunConfigException problems = catchThrowableOfType(RunConfigException.class,
                        () -> new RunConfigLoader(env).load(file, action));
                if (problems != null) {
                    invalid.add(file.getFileName() + ": " + problems.problems());
                }
            }
        }

        assertThat(actions).isGreaterThanOrEqualTo(32);
        assertThat(invalid).isEmpty();
        assertThat(configs.resolve("sample-profiles.jsonl")).exists();
        assertThat(Files.readString(configs.resolve("jsonl-create_profiles_in_hrflow.yaml")))
                .contains("sample-profiles.jsonl", "source_key:", "endpoints:");
    }
}
