package ai.hrflow.connectors.core.spi;

import ai.hrflow.connectors.core.model.Mode;
import ai.hrflow.connectors.core.params.Parameters;

/** What a writer is opened with: the mode, the target's validated auth and write parameters. */
public record WriteRequest(Mode mode, Parameters auth, Parameters parameters, RunContext context) {
}
