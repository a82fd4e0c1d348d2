package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.cli.testing.MemoryConnectors;
import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Connectors;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListAndDescribeTest extends CliTestBase {
    @Test
    void listShowsEachConnectorAndActionOnOneLineWithoutMarkdown() {
        Result r = run("list");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("(?m)^memoryats +Memory ATS \\(ATS\\): An ATS kept in memory, for the "
                + "command's tests$");
        assertThat(r.out()).containsPattern("(?m)^  update_profiles_in_hrflow +Send updated 'profile\\(s\\)' from "
                + "Memory ATS to HrFlow$");
        assertThat(r.out()).containsPattern("(?m)^  create_profiles_in_memoryats +Send created");
        assertThat(r.out()).containsPattern("(?m)^  push_profile +Pushs specific Profile");
    }

    @Test
    void listAsJsonIsParseable() throws Exception {
        JsonNode all = Json.MAPPER.readTree(run("list", "--json").out());

        JsonNode memory = null;
        for (JsonNode c : all) {
            if (c.get("subtype").asText().equals("memoryats")) {
                memory = c;
            }
        }
        assertThat(memory).isNotNull();
        assertThat(memory.get("actions")).extracting(a -> a.get("name").asText())
                .containsExactly("update_profiles_in_hrflow", "create_profiles_in_memoryats", "push_profile");
        assertThat(memory.at("/actions/0/supports_incremental").asBoolean()).isTrue();
        assertThat(memory.at("/actions/2/generation").asText()).isEqualTo("v1");
    }

    @Test
    void describeAConnectorListsItsActions() {
        Result r = run("describe", "Memory ATS");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Memory ATS (memoryats, ATS)\n").contains("https://memory-ats.example")
                .containsPattern("(?m)^  push_profile +Pushs specific Profile");
    }

    @Test
    void describeAnActionShowsEveryGroupAsATableWithSecretsFlaggedAndNeverTheirValues() {
        Result r = run("describe", "memoryats", "update_profiles_in_hrflow");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Memory ATS -> HrFlow, profiles, mode update, inbound, v2, incremental supported")
                .contains("connector_auth (Memory ATS auth):", "hrflow_auth (HrFlow.ai auth):",
                        "pull_parameters (read from Memory ATS):", "push_parameters (written to HrFlow):",
                        "Top-level keys (other parameters):")
                .containsPattern("NAME +TYPE +REQUIRED +DEFAULT +DESCRIPTION")
                .containsPattern("(?m)^  api_key +string \\(secret\\) +yes +- +API key of the Memory ATS$")
                .containsPattern("(?m)^  region +one of eu\\|us +no +eu +Data center$")
                .containsPattern("(?m)^  page_size +integer +no +2 ")
                .containsPattern("(?m)^  logics +list of class names or \\{jslt: \\.\\.\\.} +no +- ")
                .containsPattern("(?m)^  format +class name or \\{jslt: \\.\\.\\.} +no +- ")
                .containsPattern("(?m)^  callback +class name +no +- ")
                .contains("logics and format can be JSLT expressions instead of classes")
                .containsPattern("(?m)^  batch_size +integer +no +- ")
                .containsPattern("(?m)^  endpoints +mapping +no +- ");
    }

    @Test
    void aSecretsDefaultIsMasked() {
        context.connectors(() -> Connectors.of(List.of(MemoryConnectors.withSecretDefault())));

        Result r = run("describe", "leaky", "update_profiles_in_hrflow");

        assertThat(r.out()).containsPattern("(?m)^  signing_key +string \\(secret\\) +no +\\*{8} +Key signing "
                + "webhooks$");
        assertThat(r.all()).doesNotContain("dflt-signing-k3y");
    }

    @Test
    void describeALegacyActionShowsItsActionParametersAndDefaultFormat() {
        Result r = run("describe", "memoryats", "push_profile");

        assertThat(r.out()).contains("v1 (hook)", "action_parameters (action parameters):",
                        "origin_parameters (read from HrFlow.ai Profiles):",
                        "target_parameters (written to Memory ATS Profiles):")
                .containsPattern("(?m)^  format +class name or \\{jslt: \\.\\.\\.} +no +format_profile ")
                .containsPattern("(?m)^  read_mode +one of sync\\|incremental +no +sync ")
                .containsPattern("(?m)^  api_secret +string \\(secret\\) +yes ");
    }

    @Test
    void unknownConnectorsAndActionsSuggestTheClosestName() {
        Result connector = run("describe", "memoryat");
        Result action = run("describe", "memoryats", "update_profile_in_hrflow");
        Result far = run("describe", "memoryats", "zzz");

        assertThat(connector.exitCode()).isEqualTo(64);
        assertThat(connector.err()).contains("unknown connector 'memoryat'; did you mean 'memoryats'?");
        assertThat(action.exitCode()).isEqualTo(64);
        assertThat(action.err()).contains("connector 'memoryats' has no action 'update_profile_in_hrflow'; did you "
                + "mean 'update_profiles_in_hrflow'?");
        assertThat(far.err()).contains("its actions: update_profiles_in_hrflow, create_profiles_in_memoryats, "
                + "push_profile");
    }
}
