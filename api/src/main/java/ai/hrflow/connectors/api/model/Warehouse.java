package ai.hrflow.connectors.api.model;

import ai.hrflow.connectors.api.params.ParameterSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A system's data: one auth declaration shared by every aisle and mode, and one aisle per entity. */
public final class Warehouse {
    private final String name;
    private final ParameterSet auth;
    private final Map<Entity, Aisle> aisles = new EnumMap<>(Entity.class);

    public Warehouse(String name, ParameterSet auth, List<Aisle> aisles) {
        this.name = name;
        this.auth = auth;
        for (Aisle a : aisles) {
            if (this.aisles.put(a.entity(), a) != null) {
                throw new IllegalArgumentException(name + ": two aisles for entity " + a.entity().value());
            }
        }
    }

    /** Display name, e.g. {@code Zoho Recruit}, {@code HrFlow}. */
    public String name() {
        return name;
    }

    public ParameterSet auth() {
        return auth;
    }

    public Optional<Aisle> aisle(Entity entity) {
        return Optional.ofNullable(aisles.get(entity));
    }

    public List<Aisle> aisles() {
        return List.copyOf(aisles.values());
    }
}
