package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.cli.testing.MemoryData;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs whose logics and format are JSLT expressions written in the configuration. */
class JsltRunTest extends CliTestBase {
    private static JsonNode json(Result r) throws Exception {
        return Json.MAPPER.readTree(r.out());
    }

    @Test
    void expressionsFilterAndFormatAndAnItemTheyFailOnGoesToTheFailuresFile() throws Exception {
        MemoryData.atsProfiles(1, 6);
        Files.writeString(dir.resolve("format.jslt"), """
                if (.id == 4)
                  error("no mapping for candidate " + string(.id))
                else
                  {"name": uppercase(.name), "source": "memory", *: .}
                """);

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("jslt", """
                logics:
                  - jslt: 'mod(.id, 2) == 0'
                format: {base: none, jslt_file: format.jslt}
                """).toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        JsonNode result = json(r);
        assertThat(result.get("status").asText()).isEqualTo("success_with_failures");
        assertThat(result.at("/events/logics_discard").asInt()).isEqualTo(3);
        assertThat(result.at("/events/format_failure").asInt()).isEqualTo(1);
        assertThat(MemoryData.HRFLOW_WRITTEN).extracting(p -> p.get("name").asText() + "/" + p.get("source").asText())
                .containsExactly("CANDIDATE 2/memory", "CANDIDATE 6/memory");
        List<String> failures = Files.readAllLines(Path.of(result.get("failures_file").asText()));
        assertThat(failures).singleElement().satisfies(line -> {
            JsonNode failure = Json.MAPPER.readTree(line);
            assertThat(failure.get("stage").asText()).isEqualTo("format");
            assertThat(failure.get("reason").asText()).contains("no mapping for candidate 4");
            assertThat(failure.at("/item/id").asInt()).isEqualTo(4);
        });
    }

    @Test
    void aLogicThatFailsOnAnItemIsALogicsFailureAndTheRunGoesOn() throws Exception {
        MemoryData.atsProfiles(1, 3);

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("logicfail", """
                logics: [{jslt: 'if (.id == 2) error("bad candidate") else true'}]
                """).toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(json(r).at("/events/logics_failure").asInt()).isEqualTo(1);
        assertThat(MemoryData.HRFLOW_WRITTEN).extracting(p -> p.get("id").asInt()).containsExactly(1, 3);
    }

    @Test
    void aV1FormatBuildsOnTheActionsDefaultFormat() throws Exception {
        MemoryData.HRFLOW_PROFILES.put("p-1", Json.object().put("key", "p-1").put("name", "Ana"));
        Path config = file("legacy.json", """
                {"workflow_id": "push",
                 "action_parameters": {"format": {"base": "default", "jslt": "{\\"owner_note\\": \\"from \\" + .key, *: .}"}},
                 "origin_parameters": {"api_secret": "${HRFLOW_SECRET}", "api_user": "u", "source_key": "s",
                                       "profile_key": "p-1"},
                 "target_parameters": {"api_key": "${ATS_KEY}", "owner": "recruiter"}}
                """);

        Result r = run("run", "memoryats", "push_profile", "-c", config.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(MemoryData.ATS_WRITTEN).singleElement().satisfies(p -> {
            assertThat(p.get("formatted_by").asText()).isEqualTo("default");
            assertThat(p.get("owner_note").asText()).isEqualTo("from p-1");
        });
    }

    @Test
    void aSyntaxErrorExits64WithTheKeyLineAndColumnAndRunsNothing() throws Exception {
        MemoryData.atsProfiles(1, 2);
        Files.writeString(dir.resolve("bad.jslt"), "{\n  \"name\": .name\n  \"id\": .id\n}\n");

        Result r = run("run", "memoryats", "update_profiles_in_hrflow", "-c", inboundConfig("syntax", """
                format: {jslt_file: bad.jslt}
                logics: [{jslt: 'boolean(.name'}]
                """).toString());

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains("(2 problems):",
                        "  format.jslt_file: not valid JSLT at line 3, column 3 of bad.jslt: Parse error: Encountered",
                        "  logics[0].jslt: not valid JSLT at line 1, column 13 of the expression: Parse error:")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(MemoryData.HRFLOW_WRITTEN).isEmpty();
    }
}
