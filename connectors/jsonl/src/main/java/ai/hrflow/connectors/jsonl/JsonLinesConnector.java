package ai.hrflow.connectors.jsonl;

import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.hrflow.HrFlowWarehouse;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code jsonl} connector: JSON Lines files of profiles or jobs, to and from HrFlow. Items pass as they are
 * (HrFlow's own JSON shape, one object per line), so it serves exports, imports, backups and the replay of a
 * failures file's items. Every flow: create, update and archive of profiles and jobs, in both directions.
 */
public final class JsonLinesConnector {
    public static final String SUBTYPE = "jsonl";

    private JsonLinesConnector() {
    }

    /** The connector, talking to the real HrFlow API (base URL overridable per run). */
    public static Connector create() {
        return create(HrFlowWarehouse.create());
    }

    /** The connector with the given HrFlow side (a differently configured client, or a fake in tests). */
    public static Connector create(Warehouse hrflow) {
        List<Flow> flows = new ArrayList<>();
        for (Direction direction : Direction.values()) {
            for (Entity entity : List.of(Entity.PROFILE, Entity.JOB)) {
                for (Mode mode : Mode.values()) {
                    flows.add(Flow.of(mode, entity, direction));
                }
            }
        }
        return Connector.builder()
                .name("JSON Lines")
                .subtype(SUBTYPE)
                .type(ConnectorType.OTHER)
                .description("Reads and writes JSON Lines files (one JSON object per line) of HrFlow profiles or "
                        + "jobs: exports, imports, backups, and replays of failed items.")
                .url("https://jsonlines.org")
                .warehouse(JsonLinesWarehouse.create())
                .hrflow(hrflow)
                .flows(flows)
                .build();
    }
}
