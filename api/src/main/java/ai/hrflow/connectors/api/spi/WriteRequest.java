package ai.hrflow.connectors.api.spi;

import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.params.Parameters;

/** What a writer is opened with: the mode, the target's validated auth and write parameters. */
public record WriteRequest(Mode mode, Parameters auth, Parameters parameters, RunContext context) {
}
