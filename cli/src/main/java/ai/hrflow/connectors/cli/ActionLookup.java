package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.Connectors;
import ai.hrflow.connectors.api.params.Suggestions;
import java.util.List;
import java.util.Optional;

/** Finds the connector and action named on the command line, or says what was probably meant. */
final class ActionLookup {
    private ActionLookup() {
    }

    static Connector connector(CliContext context, String name) {
        Connectors connectors = context.connectors();
        Optional<Connector> found = connectors.find(name);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> known = connectors.all().stream().map(Connector::subtype).toList();
        String hint = connectors.suggest(name).map(s -> "did you mean '" + s + "'?")
                .orElse(known.isEmpty() ? "no connector is installed" : "available: " + String.join(", ", known));
        throw CliException.usage("unknown connector '" + name + "'; " + hint);
    }

    static Action action(Connector connector, String name) {
        Optional<Action> found = connector.action(name);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> known = connector.actions().stream().map(Action::name).toList();
        String hint = Suggestions.closest(name, known).map(s -> "did you mean '" + s + "'?")
                .orElse("its actions: " + String.join(", ", known));
        throw CliException.usage("connector '" + connector.subtype() + "' has no action '" + name + "'; " + hint);
    }
}
