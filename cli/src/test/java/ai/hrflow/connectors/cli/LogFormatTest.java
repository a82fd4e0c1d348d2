package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.cli.testing.MemoryData;
import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --log-format json}: one JSON object per line on standard error, with the run's fields, secrets masked. */
class LogFormatTest extends CliTestBase {
    private static final String REVOKED = "revoked-k3y-do-not-print";

    private static List<JsonNode> jsonLines(String err) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : err.split("\\R")) {
            if (!line.isEmpty()) {
                lines.add(Json.MAPPER.readTree(line)); // fails the test on any line that is not JSON
            }
        }
        return lines;
    }

    @Test
    void everyLogLineIsAJsonObjectWithTheRunFields() throws Exception {
        MemoryData.atsProfiles(1, 2);

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("json-sync", "").toString(),
                "--log-format", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<JsonNode> lines = jsonLines(r.err());
        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            assertThat(line.isObject()).isTrue();
            assertThat(line.fieldNames()).toIterable().contains("timestamp", "level", "logger", "thread", "message");
        });
        JsonNode read = lines.stream().filter(l -> l.path("message").asText().startsWith("Read candidates"))
                .findFirst().orElseThrow();
        assertThat(read.get("level").asText()).isEqualTo("INFO");
        assertThat(read.get("workflow_id").asText()).isEqualTo("json-sync");
        assertThat(read.get("action_id").asText()).matches("[0-9a-f]{32}");
        assertThat(read.get("connector").asText()).isEqualTo("Memory ATS");
        assertThat(read.get("origin").asText()).isEqualTo("Memory ATS");
        assertThat(read.get("target").asText()).isEqualTo("HrFlow");
        assertThat(read.get("action_name").asText()).isEqualTo("update_profiles_in_hrflow");
        assertThat(read.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(lines.get(lines.size() - 1).get("message").asText()).startsWith("success: read 2, written 2");
        assertThat(Json.MAPPER.readTree(r.out()).get("status").asText()).isEqualTo("success");
    }

    @Test
    void theEnvironmentVariableSetsItAndSecretsStayMasked() throws Exception {
        MemoryData.atsProfiles(1, 2);
        env.put("ATS_KEY", REVOKED);
        env.put("HRFLOW_CONNECTORS_LOG_FORMAT", "json");

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("leak", "").toString(),
                "-v");

        assertThat(r.exitCode()).isEqualTo(2);
        List<JsonNode> lines = jsonLines(r.err());
        assertThat(lines).anySatisfy(l -> assertThat(l.get("message").asText())
                .contains("Opening the Memory ATS with api key " + Redactor.MASK));
        assertThat(lines).anySatisfy(l -> assertThat(l.path("exception").asText()).contains("\tat "));
        assertThat(r.all()).doesNotContain(REVOKED).doesNotContain(HRFLOW_SECRET);
    }

    @Test
    void anUnknownFormatIsAUsageError() throws Exception {
        Path config = inboundConfig("bad-format", "");

        Result option = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString(),
                "--log-format", "xml");
        env.put("HRFLOW_CONNECTORS_LOG_FORMAT", "yaml");
        Result variable = run("run", "memoryats", "update_profiles_in_hrflow", "-c", config.toString());

        assertThat(option.exitCode()).isEqualTo(64);
        assertThat(option.err()).contains("--log-format: expected 'human' or 'json', got 'xml'");
        assertThat(variable.exitCode()).isEqualTo(64);
        assertThat(variable.err()).contains("HRFLOW_CONNECTORS_LOG_FORMAT: expected 'human' or 'json', got 'yaml'");
    }

    @Test
    void theHumanPrefixIsShort() throws Exception {
        MemoryData.atsProfiles(1, 1);

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("short", "").toString());

        String line = r.err().lines().filter(l -> l.contains("Read candidates")).findFirst().orElseThrow();
        assertThat(line.indexOf("Read candidates")).isLessThan(30);
        assertThat(line).startsWith(line.substring(0, 12)).contains(" INFO  [short] Read candidates");
    }
}
