package ai.hrflow.connectors.jsonl;

import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorProvider;
import java.util.List;

/** Registers the {@code jsonl} connector with the CLI and the docs generator. */
public final class JsonLinesConnectorProvider implements ConnectorProvider {
    @Override
    public List<Connector> connectors() {
        return List.of(JsonLinesConnector.create());
    }
}
