package ai.hrflow.connectors.core.model;

import java.util.List;

/**
 * Makes connectors discoverable by the CLI and the docs generator through {@link java.util.ServiceLoader}:
 * a connector module lists its provider in
 * {@code META-INF/services/ai.hrflow.connectors.core.model.ConnectorProvider}.
 */
public interface ConnectorProvider {
    List<Connector> connectors();
}
