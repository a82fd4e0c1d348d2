package ai.hrflow.connectors.api.spi;

/** An API endpoint an operation calls; documentation only. */
public record Endpoint(String name, String description, String url) {
}
