package ai.hrflow.connectors.core.model;

import ai.hrflow.connectors.core.model.ActionSupport.ForeignKey;
import ai.hrflow.connectors.core.model.ActionSupport.PipelineDefaults;
import ai.hrflow.connectors.core.model.ActionSupport.Side;
import ai.hrflow.connectors.core.params.ParameterProblem;
import ai.hrflow.connectors.core.params.ParameterSet;
import ai.hrflow.connectors.core.run.CheckResult;
import ai.hrflow.connectors.core.run.Engine;
import ai.hrflow.connectors.core.run.PipelineSpec;
import ai.hrflow.connectors.core.run.Preflight;
import ai.hrflow.connectors.core.run.RunEnvironment;
import ai.hrflow.connectors.core.run.RunResult;
import ai.hrflow.connectors.core.run.StatusRules;
import ai.hrflow.connectors.core.spi.ReadOperation;
import ai.hrflow.connectors.core.spi.WriteOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A flow of a connector as a runnable action (v2). Inbound: the connector's aisle is the origin and takes
 * {@code connector_auth} + {@code pull_parameters}; HrFlow is the target and takes {@code hrflow_auth} +
 * {@code push_parameters}. Outbound: the reverse.
 */
public final class FlowAction implements Action {
    private final Connector connector;
    private final Flow flow;

    FlowAction(Connector connector, Flow flow) {
        this.connector = connector;
        this.flow = flow;
    }

    public Flow flow() {
        return flow;
    }

    public Connector connector() {
        return connector;
    }

    @Override
    public String name() {
        return flow.name(connector.subtype());
    }

    @Override
    public String description() {
        return flow.description(connector.name());
    }

    @Override
    public String connectorName() {
        return connector.name();
    }

    private boolean inbound() {
        return flow.direction() == Direction.INBOUND;
    }

    @Override
    public String originName() {
        return inbound() ? connector.name() : "HrFlow";
    }

    @Override
    public String targetName() {
        return inbound() ? "HrFlow" : connector.name();
    }

    @Override
    public Entity entity() {
        return flow.entity();
    }

    @Override
    public Direction direction() {
        return flow.direction();
    }

    @Override
    public Mode mode() {
        return flow.mode();
    }

    private Warehouse originWarehouse() {
        return inbound() ? connector.warehouse() : connector.hrflow();
    }

    private Warehouse targetWarehouse() {
        return inbound() ? connector.hrflow() : connector.warehouse();
    }

    public ReadOperation origin() {
        return originWarehouse().aisle(flow.entity()).map(Aisle::read).orElse(null);
    }

    public WriteOperation target() {
        return targetWarehouse().aisle(flow.entity()).map(Aisle::write).orElse(null);
    }

    public ParameterSet connectorAuth() {
        return connector.warehouse().auth();
    }

    public ParameterSet hrflowAuth() {
        return connector.hrflow().auth();
    }

    /** The origin's read criteria of this flow's mode. */
    public ParameterSet pullParameters() {
        return ActionSupport.readCriteria(origin(), flow.mode()).orElseThrow();
    }

    /** The target's write parameters of this flow's mode. */
    public ParameterSet pushParameters() {
        return ActionSupport.writeCriteria(target(), flow.mode()).orElseThrow();
    }

    public Optional<Aisle> originAisle() {
        return originWarehouse().aisle(flow.entity());
    }

    public Optional<Aisle> targetAisle() {
        return targetWarehouse().aisle(flow.entity());
    }

    @Override
    public boolean supportsIncremental() {
        ReadOperation origin = origin();
        return origin != null && origin.supportsIncremental(flow.mode());
    }

    private List<ParameterProblem> topLevelProblems(ActionRequest request) {
        String hint = "v2 actions take connector_auth, hrflow_auth, pull_parameters and push_parameters";
        return ActionSupport.commonProblems(request, List.of(
                new ForeignKey("origin_parameters", request.originParameters(), hint),
                new ForeignKey("target_parameters", request.targetParameters(), hint)));
    }

    @Override
    public List<ParameterProblem> validate(ActionRequest request) {
        List<ParameterProblem> problems = new ArrayList<>(topLevelProblems(request));
        Side origin = originSide(request);
        Side target = targetSide(request);
        ActionSupport.bindInto(problems, origin.auth(), origin.authInput(), origin.authPath());
        ActionSupport.bindInto(problems, pullParameters(), origin.parametersInput(), origin.parametersPath());
        ActionSupport.bindInto(problems, target.auth(), target.authInput(), target.authPath());
        ActionSupport.bindInto(problems, pushParameters(), target.parametersInput(), target.parametersPath());
        return problems;
    }

    private Side originSide(ActionRequest r) {
        return inbound()
                ? new Side(connector.name(), connectorAuth(), r.connectorAuth(), "connector_auth", r.pullParameters(),
                        "pull_parameters")
                : new Side("HrFlow", hrflowAuth(), r.hrflowAuth(), "hrflow_auth", r.pullParameters(),
                        "pull_parameters");
    }

    private Side targetSide(ActionRequest r) {
        return inbound()
                ? new Side("HrFlow", hrflowAuth(), r.hrflowAuth(), "hrflow_auth", r.pushParameters(),
                        "push_parameters")
                : new Side(connector.name(), connectorAuth(), r.connectorAuth(), "connector_auth",
                        r.pushParameters(), "push_parameters");
    }

    @Override
    public RunResult run(ActionRequest request, RunEnvironment environment) {
        return new Engine(environment).run(spec(request));
    }

    @Override
    public List<CheckResult> check(ActionRequest request, RunEnvironment environment) {
        return Preflight.check(spec(request), environment);
    }

    private PipelineSpec spec(ActionRequest request) {
        return ActionSupport.spec(this, request, origin(), originSide(request), target(), targetSide(request),
                new PipelineDefaults(flow.logics(), flow.format(), flow.callback(), false, StatusRules.V2),
                topLevelProblems(request));
    }

    @Override
    public String toString() {
        return connector.name() + "." + name();
    }
}
