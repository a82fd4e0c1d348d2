package ai.hrflow.connectors.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.FlowAction;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.model.StandardParameters;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestGeneratorTest {
    private static final List<String> V2_KEYS = List.of("name", "data_type", "direction", "mode",
            "connector_auth_parameters", "hrflow_auth_parameters", "origin", "target", "origin_data_schema",
            "target_data_schema", "supports_incremental", "pull_parameters", "push_parameters");
    private static final List<String> V1_KEYS = List.of("name", "action_type", "action_parameters", "data_type",
            "trigger_type", "origin", "origin_parameters", "origin_data_schema", "supports_incremental", "target",
            "target_parameters", "target_data_schema");

    private static List<Connector> connectors() {
        return List.of(SeedConnectors.zohoRecruit(), SeedConnectors.recruitee(), SeedConnectors.jobadder(),
                SeedConnectors.zoho());
    }

    private static JsonNode parse(String manifest) throws Exception {
        return Json.MAPPER.readTree(manifest);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void listsConnectorsSortedBySubtypeWithTheirFields() throws Exception {
        JsonNode manifest = parse(ManifestGenerator.render(connectors()));

        assertThat(keys(manifest)).containsExactly("name", "connectors");
        assertThat(manifest.get("name").asText()).isEqualTo("HrFlow.ai Connectors");
        assertThat(manifest.get("connectors").findValuesAsText("subtype"))
                .containsExactly("jobadder", "recruitee", "zoho", "zohorecruit");
        JsonNode zoho = manifest.get("connectors").get(3);
        assertThat(keys(zoho)).containsExactly("name", "type", "subtype", "description", "url", "actions");
        assertThat(zoho.get("type").asText()).isEqualTo("ATS");
        assertThat(zoho.get("url").asText()).isEqualTo("https://www.zoho.com/recruit/");
    }

    @Test
    void flowEntryCarriesTheSchemasOfItsParameters() throws Exception {
        Connector zoho = SeedConnectors.zohoRecruit();
        FlowAction flow = (FlowAction) zoho.action("update_profiles_in_hrflow").orElseThrow();

        JsonNode entry = parse(ManifestGenerator.render(List.of(zoho))).get("connectors").get(0).get("actions").get(0);

        assertThat(keys(entry)).containsExactlyElementsOf(V2_KEYS);
        assertThat(entry.get("name").asText()).isEqualTo("update_profiles_in_hrflow");
        assertThat(entry.get("data_type").asText()).isEqualTo("profile");
        assertThat(entry.get("direction").asText()).isEqualTo("inbound");
        assertThat(entry.get("mode").asText()).isEqualTo("update");
        assertThat(entry.get("origin").asText()).isEqualTo("Zoho Recruit");
        assertThat(entry.get("target").asText()).isEqualTo("HrFlow");
        assertThat(entry.get("supports_incremental").asBoolean()).isFalse();
        assertThat(entry.get("connector_auth_parameters")).isEqualTo(flow.connectorAuth().jsonSchema());
        assertThat(entry.get("hrflow_auth_parameters")).isEqualTo(flow.hrflowAuth().jsonSchema());
        assertThat(entry.get("pull_parameters")).isEqualTo(flow.pullParameters().jsonSchema());
        assertThat(entry.get("push_parameters")).isEqualTo(flow.pushParameters().jsonSchema());
        assertThat(entry.get("origin_data_schema").get("title").asText()).isEqualTo("ZohoRecruitCandidate");
        assertThat(entry.get("target_data_schema").get("title").asText()).isEqualTo("HrFlowProfile");
    }

    @Test
    void legacyEntryTakesItsDataSchemasFromTheWarehouses() throws Exception {
        Connector zoho = SeedConnectors.zohoRecruit();
        LegacyAction legacy = (LegacyAction) zoho.action("push_profile_list").orElseThrow();

        JsonNode entry = parse(ManifestGenerator.render(List.of(zoho))).get("connectors").get(0).get("actions").get(1);

        assertThat(keys(entry)).containsExactlyElementsOf(V1_KEYS);
        assertThat(entry.get("action_type").asText()).isEqualTo("outbound");
        assertThat(entry.get("trigger_type").asText()).isEqualTo("hook");
        assertThat(entry.get("origin").asText()).isEqualTo("HrFlow.ai Profiles");
        assertThat(entry.get("target").asText()).isEqualTo("Zoho Candidates");
        assertThat(entry.get("action_parameters")).isEqualTo(StandardParameters.LEGACY_ACTION.jsonSchema());
        assertThat(entry.get("origin_parameters")).isEqualTo(legacy.originParameters().jsonSchema());
        assertThat(entry.get("target_parameters")).isEqualTo(legacy.targetParameters().jsonSchema());
        assertThat(entry.get("origin_data_schema").get("title").asText()).isEqualTo("HrFlowProfile");
        assertThat(entry.get("target_data_schema").get("title").asText()).isEqualTo("ZohoRecruitCandidate");
    }

    @Test
    void aWarehouseWithoutSchemaIsDocumentedAsAnyObject() throws Exception {
        JsonNode entry = parse(ManifestGenerator.render(List.of(SeedConnectors.recruitee())))
                .get("connectors").get(0).get("actions").get(0);

        assertThat(entry.get("target_data_schema")).isEqualTo(Json.object());
    }

    @Test
    void leavesOutThePythonWorkflowTemplates() {
        String manifest = ManifestGenerator.render(connectors());

        assertThat(manifest).doesNotContain("\"workflow", "\"jsonmap\"", "\"logo\"");
    }

    @Test
    void outputIsDeterministicWhateverTheInputOrder() {
        List<Connector> reversed = new ArrayList<>(connectors());
        Collections.reverse(reversed);

        assertThat(ManifestGenerator.render(reversed)).isEqualTo(ManifestGenerator.render(connectors()));
    }

    @Test
    void isIndentedByTwoSpacesWithATrailingNewline() {
        String manifest = ManifestGenerator.render(List.of(SeedConnectors.recruitee()));

        assertThat(manifest).startsWith("{\n  \"name\": \"HrFlow.ai Connectors\",\n  \"connectors\": [\n    {\n")
                .endsWith("}\n").doesNotEndWith("}\n\n").doesNotContain("\r").doesNotContain(" : ")
                .contains("\"required\": [],");
    }

    @Test
    void twoConnectorsWithOneSubtypeAreRefused() {
        assertThatThrownBy(() -> ManifestGenerator.render(List.of(SeedConnectors.zoho(), SeedConnectors.zoho())))
                .isInstanceOf(DocsException.class).hasMessageContaining("'zoho'");
    }
}
