package ai.hrflow.connectors.api.model;

import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.WriteOperation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of a warehouse that holds one entity: how to read it and how to write it, either possibly absent.
 *
 * @param dataSchema JSON Schema of the items (documentation and manifest only; items are not validated)
 */
public record Aisle(Entity entity, ReadOperation read, WriteOperation write, ObjectNode dataSchema) {
    public Aisle {
        Objects.requireNonNull(entity, "entity");
    }

    public Optional<ReadOperation> reader() {
        return Optional.ofNullable(read);
    }

    public Optional<WriteOperation> writer() {
        return Optional.ofNullable(write);
    }

    public boolean readable(Mode mode) {
        return read != null && read.supports(mode);
    }

    public boolean writable(Mode mode) {
        return write != null && write.supports(mode);
    }
}
