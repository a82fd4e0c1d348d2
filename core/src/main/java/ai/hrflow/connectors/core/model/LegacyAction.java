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
import ai.hrflow.connectors.core.spi.Format;
import ai.hrflow.connectors.core.spi.ReadOperation;
import ai.hrflow.connectors.core.spi.WriteOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An explicitly named action with the reference's v1 shape ({@code push_profile}, {@code push_profile_list}):
 * {@code origin_parameters} and {@code target_parameters} each hold all of one side's parameters (auth
 * included), the read operation's and write operation's criteria for {@link #mode()}. Format runs before
 * logics, and status follows the v1 rules.
 */
public final class LegacyAction implements Action {
    private final String name;
    private final String description;
    private final TriggerType trigger;
    private final Direction direction;
    private final Entity entity;
    private final Mode mode;
    private final String originName;
    private final ReadOperation origin;
    private final String targetName;
    private final WriteOperation target;
    private final Format defaultFormat;
    private volatile String connectorName = "";

    private LegacyAction(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.description = Objects.requireNonNull(b.description, "description");
        this.trigger = Objects.requireNonNull(b.trigger, "trigger");
        this.direction = Objects.requireNonNull(b.direction, "direction");
        this.entity = Objects.requireNonNull(b.entity, "entity");
        this.mode = Objects.requireNonNull(b.mode, "mode");
        this.originName = Objects.requireNonNull(b.originName, "origin name");
        this.origin = Objects.requireNonNull(b.origin, "origin");
        this.targetName = Objects.requireNonNull(b.targetName, "target name");
        this.target = Objects.requireNonNull(b.target, "target");
        this.defaultFormat = b.format;
        if (!origin.supports(mode)) {
            throw new InvalidFlowException(name + ": " + originName + " cannot be read in mode " + mode.value());
        }
        if (!target.supports(mode)) {
            throw new InvalidFlowException(name + ": " + targetName + " cannot be written in mode " + mode.value());
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Called once by the connector that declares this action. */
    synchronized void attach(String connector) {
        if (!connectorName.isEmpty() && !connectorName.equals(connector)) {
            throw new IllegalStateException(name + " already belongs to " + connectorName);
        }
        this.connectorName = connector;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String connectorName() {
        return connectorName;
    }

    @Override
    public String originName() {
        return originName;
    }

    @Override
    public String targetName() {
        return targetName;
    }

    @Override
    public Entity entity() {
        return entity;
    }

    @Override
    public Direction direction() {
        return direction;
    }

    @Override
    public Mode mode() {
        return mode;
    }

    public TriggerType trigger() {
        return trigger;
    }

    public Format defaultFormat() {
        return defaultFormat;
    }

    public ReadOperation origin() {
        return origin;
    }

    public WriteOperation target() {
        return target;
    }

    /** Every parameter of the origin, auth included, in the docs' order. */
    public ParameterSet originParameters() {
        return origin.criteria(mode).orElseThrow();
    }

    public ParameterSet targetParameters() {
        return target.criteria(mode).orElseThrow();
    }

    @Override
    public boolean supportsIncremental() {
        return origin.supportsIncremental(mode);
    }

    private List<ParameterProblem> topLevelProblems(ActionRequest request) {
        String hint = "this v1 action takes origin_parameters and target_parameters";
        return ActionSupport.commonProblems(request, List.of(
                new ForeignKey("connector_auth", request.connectorAuth(), hint),
                new ForeignKey("hrflow_auth", request.hrflowAuth(), hint),
                new ForeignKey("pull_parameters", request.pullParameters(), hint),
                new ForeignKey("push_parameters", request.pushParameters(), hint)));
    }

    @Override
    public List<ParameterProblem> validate(ActionRequest request) {
        List<ParameterProblem> problems = new ArrayList<>(topLevelProblems(request));
        ActionSupport.bindInto(problems, originParameters(), request.originParameters(), "origin_parameters");
        ActionSupport.bindInto(problems, targetParameters(), request.targetParameters(), "target_parameters");
        return problems;
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
        Side originSide = new Side(originName, ParameterSet.empty(), null, "origin_parameters",
                request.originParameters(), "origin_parameters");
        Side targetSide = new Side(targetName, ParameterSet.empty(), null, "target_parameters",
                request.targetParameters(), "target_parameters");
        return ActionSupport.spec(this, request, origin, originSide, target, targetSide,
                new PipelineDefaults(List.of(), defaultFormat, null, true, StatusRules.V1),
                topLevelProblems(request));
    }

    @Override
    public String toString() {
        return connectorName + "." + name;
    }

    /** Declares a legacy action. */
    public static final class Builder {
        private final String name;
        private String description;
        private TriggerType trigger = TriggerType.CATCH;
        private Direction direction;
        private Entity entity;
        private Mode mode = Mode.CREATE;
        private String originName;
        private ReadOperation origin;
        private String targetName;
        private WriteOperation target;
        private Format format;

        private Builder(String name) {
            this.name = name;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder trigger(TriggerType type) {
            this.trigger = type;
            return this;
        }

        public Builder direction(Direction value) {
            this.direction = value;
            return this;
        }

        public Builder entity(Entity value) {
            this.entity = value;
            return this;
        }

        /** The mode whose criteria the two operations use (default create). */
        public Builder mode(Mode value) {
            this.mode = value;
            return this;
        }

        public Builder origin(String displayName, ReadOperation operation) {
            this.originName = displayName;
            this.origin = operation;
            return this;
        }

        public Builder target(String displayName, WriteOperation operation) {
            this.targetName = displayName;
            this.target = operation;
            return this;
        }

        public Builder format(Format defaultFormat) {
            this.format = defaultFormat;
            return this;
        }

        public LegacyAction build() {
            return new LegacyAction(this);
        }
    }
}
