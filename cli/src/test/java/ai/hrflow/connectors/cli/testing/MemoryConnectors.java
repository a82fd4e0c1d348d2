package ai.hrflow.connectors.cli.testing;

import ai.hrflow.connectors.api.errors.CredentialsException;
import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorProvider;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.spi.Format;
import ai.hrflow.connectors.api.spi.ItemFailure;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.Reader;
import ai.hrflow.connectors.api.spi.WriteOperation;
import ai.hrflow.connectors.api.spi.WriteResult;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Memory ATS": a connector over {@link MemoryData}, found by the CLI through ServiceLoader. Its reader is
 * deliberately careless with its API key (logs it at DEBUG, puts it in an error message) so tests can check
 * that the command masks what connectors let slip.
 */
public final class MemoryConnectors implements ConnectorProvider {
    private static final Logger LOG = LoggerFactory.getLogger("ai.hrflow.connectors.memoryats");

    static final ParameterSet ATS_AUTH = ParameterSet.of("MemoryAtsAuth",
            Parameter.string("api_key").required().secret().description("API key of the Memory ATS"),
            Parameter.string("region").allowedValues("eu", "us").defaultValue("eu").description("Data center"));
    static final ParameterSet HRFLOW_AUTH = ParameterSet.of("HrFlowAuth",
            Parameter.string("api_secret").required().secret().description("API Key used to access HrFlow.ai API"),
            Parameter.string("api_user").required().description("User email used to access HrFlow.ai API"));

    private static final ReadOperation ATS_READ = ReadOperation.builder()
            .mode(Mode.UPDATE, ParameterSet.of("MemoryAtsRead",
                    Parameter.integer("page_size").defaultValue(2).description("Candidates per page"),
                    Parameter.string("label").description("A label to look for")))
            .incremental(Mode.UPDATE)
            .reader(MemoryConnectors::openAtsReader)
            .build();
    private static final WriteOperation ATS_WRITE = WriteOperation.builder()
            .mode(Mode.CREATE, ParameterSet.of("MemoryAtsWrite", Parameter.string("owner")))
            .writer(request -> items -> {
                MemoryData.ATS_WRITTEN.addAll(items);
                return WriteResult.ok();
            })
            .build();
    private static final WriteOperation ATS_LEGACY_WRITE = WriteOperation.builder()
            .mode(Mode.CREATE, ParameterSet.of("MemoryAtsLegacyWrite",
                    Parameter.string("api_key").required().secret().description("API key of the Memory ATS"),
                    Parameter.string("owner").description("Owner of the candidates")))
            .writer(request -> items -> {
                MemoryData.ATS_WRITTEN.addAll(items);
                return WriteResult.ok();
            })
            .build();
    private static final ReadOperation HRFLOW_READ = ReadOperation.builder()
            .mode(Mode.CREATE, ParameterSet.of("HrFlowProfileRead",
                    Parameter.string("api_secret").required().secret().description("API Key"),
                    Parameter.string("api_user").required().description("User email"),
                    Parameter.string("source_key").required().description("Source key"),
                    Parameter.string("profile_key").required().description("Profile key")))
            .reader(request -> cursor -> {
                ObjectNode profile = MemoryData.HRFLOW_PROFILES.get(request.parameters().string("profile_key"));
                return Page.of(profile == null ? List.of() : List.of(profile.deepCopy()), null, null);
            })
            .build();
    private static final WriteOperation HRFLOW_WRITE = WriteOperation.builder()
            .mode(Mode.UPDATE, ParameterSet.of("HrFlowProfileUpdate",
                    Parameter.string("source_key").required().description("HrFlow.ai source key")))
            .writer(request -> items -> {
                List<ItemFailure> failures = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i).path("fail").asBoolean()) {
                        failures.add(new ItemFailure(i, "HrFlow refused profile " + items.get(i).path("id")));
                    } else {
                        MemoryData.HRFLOW_WRITTEN.add(items.get(i));
                    }
                }
                return WriteResult.failed(failures);
            })
            .batchSize(2)
            .build();

    private static final Warehouse ATS = new Warehouse("Memory ATS", ATS_AUTH,
            List.of(new Aisle(Entity.PROFILE, ATS_READ, ATS_WRITE, null)));
    private static final Warehouse HRFLOW = new Warehouse("HrFlow", HRFLOW_AUTH,
            List.of(new Aisle(Entity.PROFILE, HRFLOW_READ, HRFLOW_WRITE, null)));

    static final Connector MEMORY_ATS = flows(Connector.builder())
            .legacyAction(LegacyAction.builder("push_profile")
                    .description("Pushs specific Profile from HrFlow and writing it to Memory ATS")
                    .direction(Direction.OUTBOUND).entity(Entity.PROFILE).mode(Mode.CREATE)
                    .origin("HrFlow.ai Profiles", HRFLOW_READ).target("Memory ATS Profiles", ATS_LEGACY_WRITE)
                    .format(Format.named("format_profile", MemoryConnectors.class, item -> item.put("formatted_by", "default")))
                    .build())
            .build();

    private static Connector.Builder flows(Connector.Builder builder) {
        return builder.name("Memory ATS").subtype("memoryats").type(ConnectorType.ATS)
                .description("An **ATS** kept in memory, for the command's tests")
                .url("https://memory-ats.example")
                .warehouse(ATS).hrflow(HRFLOW)
                .flow(Flow.of(Mode.UPDATE, Entity.PROFILE, Direction.INBOUND))
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.OUTBOUND));
    }

    @Override
    public List<Connector> connectors() {
        return List.of(MEMORY_ATS);
    }

    /**
     * The Memory ATS without its legacy action, whose default format has no source file for the docs to link:
     * what the docs generator can document.
     */
    public static Connector documentable() {
        return flows(Connector.builder()).build();
    }

    /** A connector declaring a secret with a default value: a value no output may show. */
    public static Connector withSecretDefault() {
        ParameterSet auth = ParameterSet.of("LeakyAuth", Parameter.string("signing_key").secret()
                .defaultValue("dflt-signing-k3y").description("Key signing webhooks"));
        return Connector.builder().name("Leaky").subtype("leaky").type(ConnectorType.OTHER)
                .warehouse(new Warehouse("Leaky", auth, List.of(new Aisle(Entity.PROFILE, ATS_READ, null, null))))
                .hrflow(HRFLOW)
                .flow(Flow.of(Mode.UPDATE, Entity.PROFILE, Direction.INBOUND))
                .build();
    }

    private static Reader openAtsReader(ReadRequest request) {
        String apiKey = request.auth().string("api_key");
        LOG.debug("Opening the Memory ATS with api key {}", apiKey);
        if (apiKey.startsWith("revoked")) {
            throw new CredentialsException("the Memory ATS rejected API key " + apiKey);
        }
        long after = request.incremental() && request.incrementalToken() != null
                ? Long.parseLong(request.incrementalToken()) : Long.MIN_VALUE;
        List<ObjectNode> selected = MemoryData.ATS_PROFILES.stream().filter(p -> p.get("id").asLong() > after)
                .map(ObjectNode::deepCopy).toList();
        int pageSize = request.parameters().integer("page_size").intValue();
        return cursor -> {
            int from = cursor == null ? 0 : Integer.parseInt(cursor);
            int to = Math.min(selected.size(), from + pageSize);
            LOG.info("Read candidates {} to {} of the Memory ATS", from, to);
            return Page.of(selected.subList(from, to), item -> item.get("id").asText(),
                    to < selected.size() ? String.valueOf(to) : null).withRemaining(selected.size() - from);
        };
    }
}
