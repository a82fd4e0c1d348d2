package ai.hrflow.connectors.api.model;

import ai.hrflow.connectors.api.params.Suggestions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/** The connectors on the class path, found through {@link ConnectorProvider}s, sorted by name. */
public final class Connectors {
    private final List<Connector> all;

    private Connectors(List<Connector> all) {
        this.all = List.copyOf(all);
    }

    public static Connectors discover() {
        List<Connector> found = new ArrayList<>();
        for (ConnectorProvider provider : ServiceLoader.load(ConnectorProvider.class)) {
            found.addAll(provider.connectors());
        }
        found.sort(Comparator.comparing(Connector::name, String.CASE_INSENSITIVE_ORDER));
        return new Connectors(found);
    }

    public static Connectors of(List<Connector> connectors) {
        return new Connectors(connectors);
    }

    public List<Connector> all() {
        return all;
    }

    /** By subtype ({@code zohorecruit}) or display name ({@code Zoho Recruit}), case-insensitive. */
    public Optional<Connector> find(String nameOrSubtype) {
        String wanted = nameOrSubtype.toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(c -> c.subtype().equals(wanted) || c.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** A "did you mean" for an unknown connector name. */
    public Optional<String> suggest(String unknown) {
        return Suggestions.closest(unknown, all.stream().map(Connector::subtype).toList());
    }
}
