package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.cli.testing.MemoryData;
import ai.hrflow.connectors.cli.testing.MiniSchemaValidator;
import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** {@code describe --schema}, {@code describe --json} and {@code state list --json}. */
class SchemaAndJsonOutputTest extends CliTestBase {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private JsonNode schema(String connector, String action) throws Exception {
        Result r = run("describe", connector, action, "--schema");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Json.MAPPER.readTree(r.out());
    }

    @Test
    void theConfigSchemaAcceptsAGoodConfigurationWithEnvironmentReferences() throws Exception {
        JsonNode schema = schema("memoryats", "update_profiles_in_hrflow");
        JsonNode good = YAML.readTree(Files.readString(inboundConfig("sync",
                "incremental: true\nbatch_size: ${BATCH_SIZE:-10}\n")));

        assertThat(schema.get("$schema").asText()).isEqualTo(ConfigSchema.DRAFT);
        assertThat(MiniSchemaValidator.validate(schema, good)).isEmpty();
    }

    @Test
    void theConfigSchemaRejectsUnknownKeysWrongTypesAndMissingGroups() throws Exception {
        JsonNode schema = schema("memoryats", "update_profiles_in_hrflow");
        ObjectNode bad = (ObjectNode) YAML.readTree(Files.readString(inboundConfig("sync", "incremental: maybe\n")));
        ((ObjectNode) bad.get("hrflow_auth")).put("api_usr", "typo@example.com");
        bad.remove("workflow_id");
        bad.remove("connector_auth");

        assertThat(MiniSchemaValidator.validate(schema, bad)).contains(
                "$.hrflow_auth.api_usr: not allowed",
                "$.workflow_id: required",
                "$.connector_auth: required",
                "$.incremental: matches none of anyOf");
    }

    @Test
    void aRealConnectorsSchemaCoversEveryGroup() throws Exception {
        JsonNode schema = schema("zohorecruit", "create_profiles_in_hrflow");

        assertThat(schema.at("/properties").fieldNames()).toIterable()
                .contains("workflow_id", "connector_auth", "hrflow_auth", "pull_parameters", "push_parameters",
                        "endpoints", "incremental");
        assertThat(schema.at("/properties/hrflow_auth/properties/api_secret/writeOnly").asBoolean()).isTrue();
        assertThat(run("describe", "zohorecruit", "--schema").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void describeJsonListsActionsAndParameters() throws Exception {
        Result connector = run("describe", "zohorecruit", "--json");
        Result action = run("describe", "zohorecruit", "create_profiles_in_hrflow", "--json");

        assertThat(connector.exitCode()).isZero();
        JsonNode c = Json.MAPPER.readTree(connector.out());
        assertThat(c.get("subtype").asText()).isEqualTo("zohorecruit");
        assertThat(c.get("actions").findValuesAsText("name")).contains("create_profiles_in_hrflow");
        JsonNode a = Json.MAPPER.readTree(action.out());
        assertThat(a.get("origin").asText()).isEqualTo("Zoho Recruit");
        assertThat(a.get("supports_incremental").asBoolean()).isTrue();
        JsonNode hrflowAuth = a.get("groups").findParents("key").stream()
                .filter(g -> "hrflow_auth".equals(g.get("key").asText())).findFirst().orElseThrow();
        assertThat(hrflowAuth.get("parameters").findValuesAsText("name")).contains("api_secret", "api_user");
        assertThat(hrflowAuth.get("parameters").get(0).get("secret").isBoolean()).isTrue();
    }

    @Test
    void stateListJsonGivesEveryWorkflowsLastResult() throws Exception {
        MemoryData.atsProfiles(1, 2);
        assertThat(run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("a", "").toString(), "-q",
                "--incremental").exitCode()).isZero();
        assertThat(run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("b", "").toString(), "-q")
                .exitCode()).isZero();

        Result r = run("state", "list", "--json");

        assertThat(r.exitCode()).isZero();
        JsonNode list = Json.MAPPER.readTree(r.out());
        assertThat(list.findValuesAsText("workflow_id")).containsExactlyInAnyOrder("a", "b");
        JsonNode a = list.get(list.get(0).get("workflow_id").asText().equals("a") ? 0 : 1);
        assertThat(a.get("status").asText()).isEqualTo("success");
        assertThat(a.get("incremental_token").asText()).isEqualTo("2");
        assertThat(a.at("/events/read_success").asInt()).isEqualTo(2);
        assertThat(r.all()).doesNotContain(HRFLOW_SECRET);
    }
}
