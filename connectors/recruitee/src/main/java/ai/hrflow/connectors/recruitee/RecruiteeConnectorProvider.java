package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorProvider;
import java.util.List;

/** Makes {@link RecruiteeConnector} discoverable (CLI, docs generator) through {@link java.util.ServiceLoader}. */
public final class RecruiteeConnectorProvider implements ConnectorProvider {
    @Override
    public List<Connector> connectors() {
        return List.of(RecruiteeConnector.create());
    }
}
