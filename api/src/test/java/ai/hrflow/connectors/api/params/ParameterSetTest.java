package ai.hrflow.connectors.api.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterSetTest {
    private static final ParameterSet SET = ParameterSet.of("ZohoAuth",
            Parameter.string("client_id").required().description("Client id"),
            Parameter.string("client_secret").required().secret().description("Client secret"),
            Parameter.string("sort_order").nullable().allowedValues("asc", "desc"),
            Parameter.integer("cvid").nullable(),
            Parameter.bool("include_child").nullable(),
            Parameter.bool("persist").defaultValue(true),
            Parameter.integerList("offer_ids"),
            Parameter.stringList("only_edit_fields").nullable(),
            Parameter.string("zoho_accounts_url").defaultValue("https://accounts.zoho.eu"));

    @Test
    void bindsCoercesAndFillsDefaults() {
        Parameters p = SET.bind(Map.of("client_id", 42, "client_secret", "s3cr3t", "cvid", "17",
                "include_child", "true", "offer_ids", 7, "sort_order", "asc"));
        assertThat(p.string("client_id")).isEqualTo("42");
        assertThat(p.integer("cvid")).isEqualTo(17L);
        assertThat(p.bool("include_child")).isTrue();
        assertThat(p.bool("persist")).isTrue();
        assertThat(p.integers("offer_ids")).containsExactly(7L);
        assertThat(p.strings("only_edit_fields")).isEmpty();
        assertThat(p.has("only_edit_fields")).isFalse();
        assertThat(p.string("zoho_accounts_url")).isEqualTo("https://accounts.zoho.eu");
    }

    @Test
    void reportsEveryProblemAtOnceByPath() {
        assertThatThrownBy(() -> SET.bind(Map.of("clientid", "x", "cvid", "many", "sort_order", "up",
                "offer_ids", List.of(1, "two"), "persist", "perhaps"), "connector_auth"))
                .isInstanceOfSatisfying(ParameterException.class, e -> assertThat(e.problems())
                        .extracting(ParameterProblem::toString)
                        .containsExactlyInAnyOrder(
                                "connector_auth.clientid: unknown parameter; did you mean 'client_id'?",
                                "connector_auth.client_id: required",
                                "connector_auth.client_secret: required",
                                "connector_auth.sort_order: must be one of 'asc', 'desc', got \"up\"",
                                "connector_auth.cvid: expected an integer, got \"many\"",
                                "connector_auth.persist: expected true or false, got \"perhaps\"",
                                "connector_auth.offer_ids: expected a list of integers (or one integer), got [1,\"two\"]"));
    }

    @Test
    void unknownKeyWithoutCloseMatchListsTheKnownOnes() {
        List<ParameterProblem> problems = new java.util.ArrayList<>();
        ParameterSet.of("S", Parameter.string("source_key")).bind(Map.of("zzzzzz", 1), "push_parameters", problems);
        assertThat(problems).extracting(ParameterProblem::message)
                .containsExactly("unknown parameter; expected one of 'source_key'");
    }

    @Test
    void secretsAreMaskedAndNeverEchoedInProblems() {
        Parameters p = SET.bind(Map.of("client_id", "id", "client_secret", "s3cr3t"));
        assertThat(p.toString()).doesNotContain("s3cr3t").contains(Parameters.MASK);
        assertThat(p.masked().get("client_secret").asText()).isEqualTo(Parameters.MASK);
        assertThat(p.unmasked().get("client_secret").asText()).isEqualTo("s3cr3t");
        assertThat(p.secretValues()).containsExactly("s3cr3t");

        ParameterSet strict = ParameterSet.of("S", Parameter.integer("pin").secret());
        assertThatThrownBy(() -> strict.bind(Map.of("pin", "hunter2")))
                .hasMessageNotContaining("hunter2").hasMessageContaining("expected an integer, got a string");
    }

    record TypedAuth(@JsonProperty("client_id") String clientId,
            @JsonProperty("client_secret") String clientSecret) {
    }

    @Test
    void bindsTypedJavaObjectsAndJsonNodes() {
        Parameters fromRecord = SET.bind(new TypedAuth("id", "secret"));
        assertThat(fromRecord.string("client_id")).isEqualTo("id");
        ObjectNode node = Json.object().put("client_id", "a").put("client_secret", "b");
        assertThat(SET.bind(node).string("client_secret")).isEqualTo("b");
        assertThatThrownBy(() -> SET.bind(List.of(1, 2), "connector_auth"))
                .hasMessage("connector_auth: expected an object of parameters, got a list");
    }

    @Test
    void jsonSchemaDescribesEveryParameter() {
        JsonNode schema = SET.jsonSchema();
        assertThat(schema.get("title").asText()).isEqualTo("ZohoAuth");
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
        assertThat(schema.get("required")).extracting(JsonNode::asText)
                .containsExactly("client_id", "client_secret");
        JsonNode props = schema.get("properties");
        assertThat(props.get("sort_order").get("type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(props.get("sort_order").get("enum").toString()).isEqualTo("[\"asc\",\"desc\",null]");
        assertThat(props.get("client_secret").get("writeOnly").asBoolean()).isTrue();
        assertThat(props.get("offer_ids").get("items").get("type").asText()).isEqualTo("integer");
        assertThat(props.get("persist").get("default").asBoolean()).isTrue();
    }

    @Test
    void duplicateDeclarationsAreRejected() {
        assertThatThrownBy(() -> ParameterSet.of("S", Parameter.string("a"), Parameter.integer("a")))
                .hasMessageContaining("'a' declared twice");
    }

    @Test
    void docCellsFollowTheReferenceRendering() {
        Parameter url = Parameter.string("zoho_accounts_url").defaultValue("https://accounts.zoho.eu")
                .allowedValues("https://accounts.zoho.com", "https://accounts.zoho.eu").docDefault("ZohoAccountsURL.EU");
        assertThat(ParameterDocs.v1Type(url)).isEqualTo("str");
        assertThat(ParameterDocs.v1Default(url)).isEqualTo("ZohoAccountsURL.EU");
        assertThat(ParameterDocs.v1Example(url)).isEqualTo("\"https://accounts.zoho.eu\"");
        Parameter converted = Parameter.string("converted").nullable().allowedValues("true", "false", "both")
                .defaultValue("false");
        assertThat(ParameterDocs.v2Type(converted)).isEqualTo("Literal['both','false','true']|null");
        assertThat(ParameterDocs.v2Default(converted)).isEqualTo("false");
        assertThat(ParameterDocs.v2Default(Parameter.bool("persist").defaultValue(true))).isEqualTo("True");
        assertThat(ParameterDocs.v1Type(Parameter.integerList("offer_ids"))).isEqualTo("typing.List[int]");
        assertThat(ParameterDocs.v1Example(Parameter.integerList("offer_ids"))).isEqualTo("***");
        assertThat(ParameterDocs.v1Default(Parameter.string("api_secret").required())).isEqualTo("None");
        assertThat(ParameterDocs.v1Example(Parameter.bool("XAllowDuplicates").defaultValue(false))).isEqualTo("False");
    }
}
