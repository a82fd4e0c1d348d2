package ai.hrflow.connectors.runtime.config;

import ai.hrflow.connectors.api.params.ParameterException;
import ai.hrflow.connectors.api.params.ParameterProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * A run configuration cannot be used. Carries every problem found at once, by path
 * ({@code connector_auth.client_id: required}), the file's own problems at {@value RunConfigLoader#FILE_PATH};
 * no message holds the value of a secret.
 */
public class RunConfigException extends ParameterException {
    private static final long serialVersionUID = 1L;

    private final transient Path source;

    public RunConfigException(Path source, List<ParameterProblem> problems) {
        super(problems);
        this.source = source;
    }

    /** The file the configuration came from; null when it was given as text. */
    public Path source() {
        return source;
    }
}
