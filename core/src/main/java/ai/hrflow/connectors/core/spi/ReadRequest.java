package ai.hrflow.connectors.core.spi;

import ai.hrflow.connectors.core.model.Mode;
import ai.hrflow.connectors.core.params.Parameters;

/**
 * What a reader is opened with.
 *
 * @param auth the warehouse's validated auth parameters
 * @param parameters the validated read criteria of {@code mode}
 * @param incremental whether to read only what changed since {@code incrementalToken}
 * @param incrementalToken the token saved by the last run (null on the first run or when not incremental)
 */
public record ReadRequest(Mode mode, Parameters auth, Parameters parameters, boolean incremental,
        String incrementalToken, RunContext context) {
}
