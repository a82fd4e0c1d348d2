package ai.hrflow.connectors.hrflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.docs.SeedComparison;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterDocs;
import ai.hrflow.connectors.api.params.ParameterException;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.params.Parameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The declared parameters, rendered as the reference's doc rows, against the seed tables (copied here
 * verbatim so the check runs anywhere; when the seed files are present they are checked too).
 */
class HrFlowParametersTest {
    /** Seeds 000, 001, 003, 004: "Source Parameters" of the origin HrFlow.ai Profiles. */
    static final List<String> V1_SOURCE_ROWS = List.of(
            "| `api_secret` :red_circle: | `str` | None | X-API-KEY used to access HrFlow.ai API |",
            "| `api_user` :red_circle: | `str` | None | X-USER-EMAIL used to access HrFlow.ai API |",
            "| `source_key` :red_circle: | `str` | None | HrFlow.ai source key |",
            "| `profile_key` :red_circle: | `str` | None | HrFlow.ai profile key |");

    /** Seed 002: "HrFlow.ai Auth Parameters". */
    static final List<String> V2_AUTH_ROWS = List.of(
            "| `api_secret` :red_circle: | `string` | None | API Key used to access HrFlow.ai API |",
            "| `api_user` :red_circle: | `string` | None | User email used to access HrFlow.ai API |");

    /** Seed 002: "Push Parameters (HrFlow)" of update_profiles_in_hrflow. */
    static final List<String> V2_UPDATE_ROWS = List.of(
            "| `source_key` :red_circle: | `string` | None | HrFlow.ai source key |",
            "| `only_edit_fields`  | `array\\|null` | None | List of attributes to use for the edit operation e.g. "
                    + "['tags', 'metadatas'] |");

    /** The reference's generated pull_profile_list docs: "Destination Parameters" of HrFlow.ai Profiles. */
    static final List<String> V1_DESTINATION_ROWS = List.of(
            "| `api_secret` :red_circle: | `str` | None | X-API-KEY used to access HrFlow.ai API |",
            "| `api_user` :red_circle: | `str` | None | X-USER-EMAIL used to access HrFlow.ai API |",
            "| `source_key` :red_circle: | `str` | None | HrFlow.ai source key |",
            "| `edit`  | `bool` | False | When enabled the profile must exist in the source |",
            "| `only_edit_fields` :red_circle: | `typing.List[str]` | None | List of attributes to use for the edit "
                    + "operation e.g. ['tags', 'metadatas'] |");

    private static String v1Row(Parameter p) {
        return "| `" + p.name() + "`" + (ParameterDocs.shownRequired(p) ? " :red_circle:" : " ") + " | `"
                + ParameterDocs.v1Type(p) + "` | " + ParameterDocs.v1Default(p) + " | " + p.description() + " |";
    }

    private static String v2Row(Parameter p) {
        return "| `" + p.name() + "`" + (ParameterDocs.shownRequired(p) ? " :red_circle:" : " ") + " | `"
                + ParameterDocs.v2Type(p).replace("|", "\\|") + "` | " + ParameterDocs.v2Default(p) + " | "
                + p.description() + " |";
    }

    private static List<String> v1Rows(ParameterSet set) {
        return set.parameters().stream().map(HrFlowParametersTest::v1Row).toList();
    }

    private static List<String> v2Rows(ParameterSet set) {
        return set.parameters().stream().map(HrFlowParametersTest::v2Row).toList();
    }

    @Test
    void v1OriginParametersAreTheSeedsSourceParameters() {
        ParameterSet criteria = HrFlowLegacy.profilesOrigin().criteria(Mode.CREATE).orElseThrow();

        assertThat(v1Rows(criteria)).containsExactlyElementsOf(V1_SOURCE_ROWS);
        assertThat(criteria.parameter("api_secret").orElseThrow().isSecret()).isTrue();
        assertThat(criteria.parameters()).allSatisfy(p -> assertThat(p.isRequired()).isTrue());
    }

    @Test
    void v2AuthAndUpdateParametersAreSeed002s() {
        Warehouse hrflow = HrFlowWarehouse.create();

        assertThat(hrflow.name()).isEqualTo("HrFlow");
        assertThat(v2Rows(hrflow.auth())).containsExactlyElementsOf(V2_AUTH_ROWS);
        assertThat(hrflow.auth().parameter("api_secret").orElseThrow().isSecret()).isTrue();
        ParameterSet update = hrflow.aisle(Entity.PROFILE).orElseThrow().write().criteria(Mode.UPDATE).orElseThrow();
        assertThat(v2Rows(update)).containsExactlyElementsOf(V2_UPDATE_ROWS);
    }

    @Test
    void v1TargetParametersAreTheReferences() {
        assertThat(v1Rows(HrFlowLegacy.profilesTarget().criteria(Mode.CREATE).orElseThrow()))
                .containsExactlyElementsOf(V1_DESTINATION_ROWS);
    }

    @Test
    void otherCriteriaFollowTheReference() {
        Warehouse hrflow = HrFlowWarehouse.create();
        var profile = hrflow.aisle(Entity.PROFILE).orElseThrow();
        var job = hrflow.aisle(Entity.JOB).orElseThrow();

        for (Mode mode : Mode.values()) {
            assertThat(v2Rows(profile.read().criteria(mode).orElseThrow())).containsExactly(
                    "| `source_key` :red_circle: | `string` | None | HrFlow.ai source key |",
                    "| `profile_key`  | `string` | None | HrFlow.ai profile key |");
            assertThat(profile.read().supportsIncremental(mode)).isTrue();
            assertThat(v2Rows(job.read().criteria(mode).orElseThrow())).containsExactly(
                    "| `board_key` :red_circle: | `string` | None | HrFlow.ai board key |",
                    "| `job_key`  | `string` | None | HrFlow.ai job key |");
        }
        assertThat(v2Rows(profile.write().criteria(Mode.CREATE).orElseThrow())).containsExactly(
                "| `source_key` :red_circle: | `string` | None | HrFlow.ai source key |");
        assertThat(v2Rows(job.write().criteria(Mode.CREATE).orElseThrow())).containsExactly(
                "| `board_key` :red_circle: | `string` | None | HrFlow.ai board key |",
                "| `enrich_with_parsing`  | `boolean` | False | When enabled jobs are enriched with HrFlow.ai "
                        + "parsing |");
        assertThat(v2Rows(job.write().criteria(Mode.ARCHIVE).orElseThrow())).containsExactly(
                "| `board_key` :red_circle: | `string` | None | HrFlow.ai board key |");
        assertThat(profile.write().batchSize()).isEqualTo(1);
        assertThat(profile.write().concurrency()).isEqualTo(HrFlowWarehouse.WRITE_CONCURRENCY).isEqualTo(16);
        assertThat(job.write().batchSize()).isEqualTo(1);
        assertThat(profile.dataSchema().path("properties").has("reference")).isTrue();
        assertThat(job.dataSchema().path("required").toString()).contains("name");
    }

    @Test
    void theSeedFilesHoldTheseRows() {
        for (String file : List.of(SeedComparison.ZOHORECRUIT_PUSH_PROFILE_LIST, SeedComparison.ZOHO_PUSH_PROFILE,
                SeedComparison.ZOHORECRUIT_UPDATE_PROFILES_IN_HRFLOW, SeedComparison.JOBADDER_PUSH_PROFILE,
                SeedComparison.RECRUITEE_PUSH_PROFILE)) {
            String text = SeedComparison.seed(file);
            List<String> rows = text.contains("## Source Parameters") ? V1_SOURCE_ROWS
                    : List.of(String.join("\n", V2_AUTH_ROWS), String.join("\n", V2_UPDATE_ROWS));
            assertThat(text).as(file).contains(rows);
        }
    }

    @Test
    void bindingFollowsTheDeclarations() {
        Parameters v1 = HrFlowParameters.V1_PROFILE_READ.bind(Map.of("api_secret", "ask_x", "api_user", "u@x.io",
                "source_key", "s", "profile_key", "p"));
        assertThat(v1.toString()).doesNotContain("ask_x");
        assertThatThrownBy(() -> HrFlowParameters.V1_PROFILE_READ.bind(Map.of("api_secret", "k")))
                .isInstanceOf(ParameterException.class).hasMessageContaining("profile_key");

        Parameters update = HrFlowParameters.PROFILE_UPDATE.bind(Map.of("source_key", "s"));
        assertThat(update.strings("only_edit_fields")).isEmpty();
        Parameters target = HrFlowParameters.V1_PROFILE_WRITE.bind(Map.of("api_secret", "k", "api_user", "u",
                "source_key", "s"));
        assertThat(target.bool("edit")).isFalse();
    }
}
