package ai.hrflow.connectors.example;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.http.ApiClient;
import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.http.ApiRequest;
import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.spi.Format;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.Reader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The smallest complete connector, the example of {@code connectors/README.md}: candidates of the (imaginary)
 * Acme ATS, read page by page from {@code GET /v1/candidates?page=N&per_page=M} with an API key, created as
 * HrFlow profiles by the flow {@code create_profiles_in_hrflow}. It compiles against the {@code api} module only.
 */
public final class AcmeConnector {
    /** The real API's base URL; tests and proxies replace it through endpoint overrides. */
    public static final String BASE_URL = "https://api.acme-ats.example/v1";

    static final ParameterSet AUTH = ParameterSet.of("AcmeAuth",
            Parameter.string("api_key").required().secret().description("API key of the Acme account"));
    static final ParameterSet READ = ParameterSet.of("AcmeReadCandidates",
            Parameter.integer("per_page").defaultValue(100).description("Candidates per page (1 to 100)"));

    static final Format TO_PROFILE = Format.named("format_acme_candidate", AcmeConnector.class,
            AcmeConnector::profile);

    private AcmeConnector() {
    }

    /** The connector, with the HrFlow side the caller gives (the {@code hrflow} module's warehouse). */
    public static Connector create(Warehouse hrflow) {
        ReadOperation read = ReadOperation.builder().mode(Mode.CREATE, READ).reader(AcmeConnector::open).build();
        Warehouse acme = new Warehouse("Acme", AUTH, List.of(new Aisle(Entity.PROFILE, read, null, Json.object())));
        return Connector.builder().name("Acme").subtype("acme").type(ConnectorType.ATS)
                .description("The example connector of the connector guide.").url("https://acme-ats.example")
                .warehouse(acme).hrflow(hrflow)
                .flows(List.of(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND).withFormat(TO_PROFILE)))
                .build();
    }

    /** Opens a read: one API client for the run; each cursor is the number of the page to read. */
    private static Reader open(ReadRequest request) {
        String key = request.auth().string("api_key");
        ApiClient api = new ApiClient(ApiClientSettings.builder()
                .baseUrl(request.context().endpoints().resolve(BASE_URL))
                .defaultHeader("Authorization", "Token " + key).secret(key).build());
        int perPage = request.parameters().integer("per_page").intValue();
        return cursor -> {
            int page = cursor == null ? 1 : Integer.parseInt(cursor);
            JsonNode body = api.sendExpectingSuccess(ApiRequest.get("/candidates").query("page", page)
                    .query("per_page", perPage).build()).json();
            List<ReadItem> items = new ArrayList<>();
            for (JsonNode candidate : body.path("candidates")) {
                items.add(ReadItem.of((ObjectNode) candidate));
            }
            return new Page(items, body.path("next_page").isNumber() ? body.get("next_page").asText() : null);
        };
    }

    /** An Acme candidate as an HrFlow profile; a candidate without an e-mail is a format failure. */
    static ObjectNode profile(ObjectNode candidate) {
        String email = candidate.path("email").asText("");
        if (email.isBlank()) {
            throw new IllegalArgumentException("candidate " + candidate.path("id").asText() + " has no e-mail");
        }
        ObjectNode profile = Json.object().put("reference", "acme-" + candidate.path("id").asText());
        ObjectNode info = profile.putObject("info");
        info.put("first_name", candidate.path("first_name").asText(""))
                .put("last_name", candidate.path("last_name").asText("")).put("email", email);
        info.put("full_name", (info.get("first_name").asText() + " " + info.get("last_name").asText()).trim());
        profile.put("text_language", "en").put("text", candidate.path("summary").asText(""));
        return profile;
    }
}
