package ai.hrflow.connectors.runtime.config;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.spi.Callback;
import ai.hrflow.connectors.api.spi.Format;
import ai.hrflow.connectors.api.spi.Logic;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.WriteOperation;
import ai.hrflow.connectors.api.spi.WriteResult;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A connector whose actions are only validated, never run: a v2 inbound flow and a v1 outbound action. */
final class ConfigFixtures {
    static final ParameterSet ATS_AUTH = ParameterSet.of("AtsAuth",
            Parameter.string("client_id").required(),
            Parameter.string("client_secret").required().secret(),
            Parameter.string("region").allowedValues("eu", "us").defaultValue("eu"));
    static final ParameterSet HRFLOW_AUTH = ParameterSet.of("HrFlowAuth",
            Parameter.string("api_secret").required().secret(),
            Parameter.string("api_user").required());

    private static final ReadOperation ATS_READ = ReadOperation.builder()
            .mode(Mode.UPDATE, ParameterSet.of("AtsRead", Parameter.integer("limit"), Parameter.stringList("fields"),
                    Parameter.string("label")))
            .incremental(Mode.UPDATE)
            .reader(request -> cursor -> Page.empty())
            .build();
    private static final WriteOperation ATS_WRITE = WriteOperation.builder()
            .mode(Mode.CREATE, ParameterSet.of("AtsWrite", Parameter.string("client_secret").required().secret(),
                    Parameter.string("owner")))
            .writer(request -> items -> WriteResult.ok())
            .build();
    private static final ReadOperation HRFLOW_READ = ReadOperation.builder()
            .mode(Mode.CREATE, ParameterSet.of("HrFlowRead", Parameter.string("api_secret").required().secret(),
                    Parameter.string("api_user").required(), Parameter.string("source_key").required(),
                    Parameter.string("profile_key").required()))
            .incremental(Mode.CREATE)
            .reader(request -> cursor -> Page.empty())
            .build();
    private static final ReadOperation HRFLOW_READ_ONCE = ReadOperation.builder()
            .mode(Mode.CREATE, ParameterSet.of("HrFlowReadOnce", Parameter.string("source_key").required()))
            .reader(request -> cursor -> Page.empty())
            .build();
    private static final WriteOperation HRFLOW_WRITE = WriteOperation.builder()
            .mode(Mode.UPDATE, ParameterSet.of("HrFlowWrite", Parameter.string("source_key").required()))
            .writer(request -> items -> WriteResult.ok())
            .build();

    /** The actions' default format: marks the item (what {@code base: default} starts from). */
    static final Format DEFAULT_FORMAT = Format.named("format_fixture", null,
            item -> item.deepCopy().put("formatted_by", "default"));

    static final Connector CONNECTOR = Connector.builder()
            .name("Test ATS").subtype("testats").type(ConnectorType.ATS)
            .warehouse(new Warehouse("Test ATS", ATS_AUTH,
                    List.of(new Aisle(Entity.PROFILE, ATS_READ, ATS_WRITE, null))))
            .hrflow(new Warehouse("HrFlow", HRFLOW_AUTH,
                    List.of(new Aisle(Entity.PROFILE, HRFLOW_READ, HRFLOW_WRITE, null))))
            .flow(Flow.of(Mode.UPDATE, Entity.PROFILE, Direction.INBOUND).withFormat(DEFAULT_FORMAT))
            .legacyAction(LegacyAction.builder("push_profile").description("Pushs a profile")
                    .direction(Direction.OUTBOUND).entity(Entity.PROFILE).mode(Mode.CREATE)
                    .origin("HrFlow.ai Profiles", HRFLOW_READ).target("Test ATS Profiles", ATS_WRITE)
                    .format(DEFAULT_FORMAT).build())
            .legacyAction(LegacyAction.builder("push_profile_list").description("Pushs profiles, never incrementally")
                    .direction(Direction.OUTBOUND).entity(Entity.PROFILE).mode(Mode.CREATE)
                    .origin("HrFlow.ai Profiles", HRFLOW_READ_ONCE).target("Test ATS Profiles", ATS_WRITE).build())
            .build();

    static final Action FLOW = CONNECTOR.action("update_profiles_in_hrflow").orElseThrow();
    static final Action LEGACY = CONNECTOR.action("push_profile").orElseThrow();
    static final Action NOT_INCREMENTAL = CONNECTOR.action("push_profile_list").orElseThrow();

    private ConfigFixtures() {
    }

    /** Keeps every item. */
    public static final class KeepAll implements Logic {
        @Override
        public ObjectNode apply(ObjectNode item) {
            return item;
        }
    }

    /** Adds a field. */
    public static final class Tagged implements Format {
        @Override
        public ObjectNode apply(ObjectNode item) {
            return item.put("tagged", true);
        }
    }

    /** Does nothing. */
    public static final class Quiet implements Callback {
        @Override
        public void onComplete(ai.hrflow.connectors.api.spi.CallbackContext context) {
        }
    }

    /** Not a logic at all. */
    public static final class NotALogic {
    }

    /** Needs an argument. */
    public static final class NeedsArgument implements Logic {
        public NeedsArgument(String argument) {
        }

        @Override
        public ObjectNode apply(ObjectNode item) {
            return item;
        }
    }

    /** Fails while being built. */
    public static final class Exploding implements Logic {
        public Exploding() {
            throw new IllegalStateException("missing setting");
        }

        @Override
        public ObjectNode apply(ObjectNode item) {
            return item;
        }
    }

    /** Cannot be instantiated. */
    public abstract static class Partial implements Logic {
    }
}
