package ai.hrflow.connectors.api.mapping;

/**
 * An item a default format cannot map, with the reason in words (which field, what was wrong). Thrown from a
 * format, it counts one {@code format_failure} and the item goes to the failures file with this message.
 */
public class MappingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MappingException(String reason) {
        super(reason);
    }
}
