package ai.hrflow.connectors.api.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A connector: a system's warehouse, the HrFlow warehouse, and the flows between them, plus explicitly named
 * legacy actions. Every flow is checked when the connector is built; a flow that cannot run (entity or mode
 * not supported by one side) is an {@link InvalidFlowException} naming it.
 */
public final class Connector {
    private static final Pattern SUBTYPE = Pattern.compile("^[a-z]+$");

    private final String name;
    private final String subtype;
    private final String description;
    private final String url;
    private final ConnectorType type;
    private final Warehouse warehouse;
    private final Warehouse hrflow;
    private final Map<String, Action> actions;

    private Connector(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.subtype = Objects.requireNonNull(b.subtype, "subtype");
        if (!SUBTYPE.matcher(subtype).matches()) {
            throw new IllegalArgumentException("subtype must be lower-case letters only, got '" + subtype + "'");
        }
        this.description = Objects.requireNonNullElse(b.description, "");
        this.url = Objects.requireNonNullElse(b.url, "");
        this.type = Objects.requireNonNull(b.type, "type");
        this.warehouse = Objects.requireNonNull(b.warehouse, "warehouse");
        this.hrflow = Objects.requireNonNull(b.hrflow, "hrflow warehouse");
        Map<String, Action> byName = new LinkedHashMap<>();
        for (Flow flow : b.flows) {
            validate(flow);
            add(byName, new FlowAction(this, flow));
        }
        for (LegacyAction legacy : b.legacyActions) {
            legacy.attach(name);
            add(byName, legacy);
        }
        this.actions = Collections.unmodifiableMap(byName);
    }

    private void add(Map<String, Action> byName, Action action) {
        if (byName.put(action.name(), action) != null) {
            throw new InvalidFlowException(name + ": two actions are named '" + action.name() + "'");
        }
    }

    private void validate(Flow flow) {
        String flowName = flow.name(subtype);
        String entity = flow.entity().value();
        Optional<Aisle> mine = warehouse.aisle(flow.entity());
        Optional<Aisle> theirs = hrflow.aisle(flow.entity());
        if (mine.isEmpty()) {
            throw new InvalidFlowException(name + " flow '" + flowName + "': " + name + " has no " + entity + " aisle");
        }
        if (theirs.isEmpty()) {
            throw new InvalidFlowException(name + " flow '" + flowName + "': HrFlow has no " + entity + " aisle");
        }
        boolean inbound = flow.direction() == Direction.INBOUND;
        Aisle origin = inbound ? mine.get() : theirs.get();
        Aisle target = inbound ? theirs.get() : mine.get();
        String originName = inbound ? name : "HrFlow";
        String targetName = inbound ? "HrFlow" : name;
        if (!origin.readable(flow.mode())) {
            throw new InvalidFlowException(name + " flow '" + flowName + "': " + originName + " cannot read "
                    + entity + "s in mode " + flow.mode().value());
        }
        if (!target.writable(flow.mode())) {
            throw new InvalidFlowException(name + " flow '" + flowName + "': " + targetName + " cannot write "
                    + entity + "s in mode " + flow.mode().value());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Display name, e.g. {@code Zoho Recruit}. */
    public String name() {
        return name;
    }

    /** Lower-case identifier used in action names and paths, e.g. {@code zohorecruit}. */
    public String subtype() {
        return subtype;
    }

    public String description() {
        return description;
    }

    public String url() {
        return url;
    }

    public ConnectorType type() {
        return type;
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    public Warehouse hrflow() {
        return hrflow;
    }

    /** Every action, flows first in declaration order, then legacy actions. */
    public List<Action> actions() {
        return new ArrayList<>(actions.values());
    }

    public Optional<Action> action(String actionName) {
        return Optional.ofNullable(actions.get(actionName));
    }

    @Override
    public String toString() {
        return "Connector[" + name + "]";
    }

    /** Declares a connector. */
    public static final class Builder {
        private String name;
        private String subtype;
        private String description;
        private String url;
        private ConnectorType type;
        private Warehouse warehouse;
        private Warehouse hrflow;
        private final List<Flow> flows = new ArrayList<>();
        private final List<LegacyAction> legacyActions = new ArrayList<>();

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder subtype(String value) {
            this.subtype = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder url(String value) {
            this.url = value;
            return this;
        }

        public Builder type(ConnectorType value) {
            this.type = value;
            return this;
        }

        public Builder warehouse(Warehouse value) {
            this.warehouse = value;
            return this;
        }

        /** The HrFlow side (the {@code hrflow} module's warehouse; a fake one in tests). */
        public Builder hrflow(Warehouse value) {
            this.hrflow = value;
            return this;
        }

        public Builder flow(Flow flow) {
            flows.add(flow);
            return this;
        }

        public Builder flows(List<Flow> more) {
            flows.addAll(more);
            return this;
        }

        public Builder legacyAction(LegacyAction action) {
            legacyActions.add(action);
            return this;
        }

        public Connector build() {
            return new Connector(this);
        }
    }
}
