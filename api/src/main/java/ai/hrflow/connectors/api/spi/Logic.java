package ai.hrflow.connectors.api.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A filter or transformation run on each item read, before the format. Returns the item (possibly changed)
 * to keep it, or {@code null} to discard it (counted as {@code logics_discard}). A thrown exception counts
 * one {@code logics_failure} and the item is recorded in the failures file.
 */
@FunctionalInterface
public interface Logic {
    ObjectNode apply(ObjectNode item) throws Exception;
}
