package ai.hrflow.connectors.api.spi;

import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.params.Parameters;

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
