package ai.hrflow.connectors.api.params;

import ai.hrflow.connectors.api.errors.ConnectorException;
import java.util.List;
import java.util.stream.Collectors;

/** Given parameters do not satisfy their declaration. Carries every problem found, not only the first. */
public class ParameterException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    private final transient List<ParameterProblem> problems;

    public ParameterException(List<ParameterProblem> problems) {
        super(problems.stream().map(ParameterProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ParameterProblem> problems() {
        return problems;
    }
}
