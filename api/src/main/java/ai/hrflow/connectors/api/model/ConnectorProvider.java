package ai.hrflow.connectors.api.model;

import java.util.List;

/**
 * Makes connectors discoverable by the CLI and the docs generator through {@link java.util.ServiceLoader}:
 * a connector module lists its provider in
 * {@code META-INF/services/ai.hrflow.connectors.api.model.ConnectorProvider}. The docs tool places the generated
 * docs of the first connector in the provider's module directory, those of the others in a sub-directory named
 * after their subtype.
 */
public interface ConnectorProvider {
    List<Connector> connectors();
}
