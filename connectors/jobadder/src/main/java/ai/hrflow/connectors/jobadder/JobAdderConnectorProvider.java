package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorProvider;
import java.util.List;

/** Makes the JobAdder connector discoverable (CLI, docs generator); docs live in {@code connectors/jobadder}. */
public final class JobAdderConnectorProvider implements ConnectorProvider {
    @Override
    public List<Connector> connectors() {
        return List.of(JobAdderConnector.create());
    }
}
