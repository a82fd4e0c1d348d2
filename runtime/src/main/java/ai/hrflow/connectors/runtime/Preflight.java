package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.model.RunPlan;
import ai.hrflow.connectors.api.http.Redactor;
import ai.hrflow.connectors.api.params.ParameterProblem;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.Check;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.RunContext;
import ai.hrflow.connectors.api.spi.WriteRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the read-only checks both sides of an action declare ({@link Check}), without reading items, writing
 * or touching the run's state (OAuth refresh tokens a provider rotates are still saved, or they would be lost).
 * Every check runs even after one failed, so a user sees every problem at once.
 */
public final class Preflight {
    static final String ORIGIN = "origin";
    static final String TARGET = "target";
    static final String CONFIGURATION = "configuration";

    private Preflight() {
    }

    public static List<CheckResult> check(RunPlan spec, RunEnvironment env) {
        Optional<String> cannotStart = cannotStart(spec);
        if (cannotStart.isPresent()) {
            return List.of(CheckResult.failed(CONFIGURATION, "", "the action can start", cannotStart.get()));
        }
        List<ParameterProblem> problems = new ArrayList<>();
        ParameterSet readCriteria = spec.origin().criteria(spec.mode()).orElseThrow();
        ParameterSet writeCriteria = spec.target().criteria(spec.mode()).orElseThrow();
        Parameters originAuth = spec.originAuth().bind(spec.originAuthInput(), spec.originAuthPath(), problems);
        Parameters originParams = readCriteria.bind(spec.originParametersInput(), spec.originParametersPath(),
                problems);
        Parameters targetAuth = spec.targetAuth().bind(spec.targetAuthInput(), spec.targetAuthPath(), problems);
        Parameters targetParams = writeCriteria.bind(spec.targetParametersInput(), spec.targetParametersPath(),
                problems);
        if (!problems.isEmpty()) {
            return problems.stream().map(p -> CheckResult.failed(CONFIGURATION, "", "parameters", p.toString()))
                    .toList();
        }
        RunErrors errors = errors(originAuth, originParams, targetAuth, targetParams);
        RunContext context = new RunContext(spec.workflowId(), "check", spec.connector(), env.stateStore().map(s -> s),
                env.endpoints(), env.clock());
        List<CheckResult> results = new ArrayList<>();
        results.addAll(run(ORIGIN, spec.originName(), errors, () -> spec.origin().checks(
                new ReadRequest(spec.mode(), originAuth, originParams, false, null, context))));
        results.addAll(target(spec, context, targetAuth, targetParams, errors));
        return results;
    }

    /** The target's checks, as a dry run performs them before reading. */
    static List<CheckResult> target(RunPlan spec, RunContext context, Parameters targetAuth,
            Parameters targetParams, RunErrors errors) {
        return run(TARGET, spec.targetName(), errors, () -> spec.target().checks(
                new WriteRequest(spec.mode(), targetAuth, targetParams, context)));
    }

    private static Optional<String> cannotStart(RunPlan spec) {
        if (!spec.problems().isEmpty()) {
            return Optional.of(String.join("; ", spec.problems()));
        }
        if (spec.origin() == null || spec.origin().criteria(spec.mode()).isEmpty()) {
            return Optional.of(spec.originName() + " cannot be read in mode '" + spec.mode().value() + "'");
        }
        if (spec.target() == null || spec.target().criteria(spec.mode()).isEmpty()) {
            return Optional.of(spec.targetName() + " cannot be written in mode '" + spec.mode().value() + "'");
        }
        return Optional.empty();
    }

    private static RunErrors errors(Parameters... all) {
        Redactor redactor = new Redactor();
        for (Parameters p : all) {
            p.secretValues().forEach(redactor::addSecret);
        }
        return new RunErrors(redactor);
    }

    private interface ChecksSource {
        List<Check> get() throws Exception;
    }

    private static List<CheckResult> run(String side, String warehouse, RunErrors errors, ChecksSource source) {
        List<Check> checks;
        try {
            checks = source.get();
        } catch (Exception e) {
            return List.of(CheckResult.failed(side, warehouse, "preparing the checks", errors.describeClean(e)));
        }
        List<CheckResult> results = new ArrayList<>();
        for (Check check : checks) {
            try {
                check.probe().run();
                results.add(CheckResult.passed(side, warehouse, check.name()));
            } catch (Exception e) {
                results.add(CheckResult.failed(side, warehouse, check.name(), errors.describeClean(e)));
            }
        }
        return results;
    }
}
