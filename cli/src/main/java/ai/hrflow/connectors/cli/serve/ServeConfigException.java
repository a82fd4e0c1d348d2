package ai.hrflow.connectors.cli.serve;

import ai.hrflow.connectors.api.params.ParameterProblem;
import java.nio.file.Path;
import java.util.List;

/** A {@code serve.yaml} (or a workflow's run configuration) that cannot be used, with every problem by key path. */
public final class ServeConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<ParameterProblem> problems;

    public ServeConfigException(Path file, List<ParameterProblem> problems) {
        super("invalid configuration " + file + ": " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ParameterProblem> problems() {
        return problems;
    }
}
