package ai.hrflow.connectors.core.model;

import java.util.List;

/**
 * Makes connectors discoverable by the CLI and the docs generator through {@link java.util.ServiceLoader}:
 * a connector module lists its provider in
 * {@code META-INF/services/ai.hrflow.connectors.core.model.ConnectorProvider}.
 */
public interface ConnectorProvider {
    List<Connector> connectors();

    /**
     * Where the connector's generated {@code README.md} and {@code docs/} live, relative to the repository
     * root. By default {@code connectors/<subtype>}; a module that declares several connectors places the
     * others in sub-directories of its own.
     */
    default String docsDirectory(Connector connector) {
        return "connectors/" + connector.subtype();
    }

    /**
     * The connector module's root relative to the repository root (format links in docs point into its
     * sources). By default the same as {@link #docsDirectory(Connector)}.
     */
    default String moduleDirectory(Connector connector) {
        return docsDirectory(connector);
    }
}
