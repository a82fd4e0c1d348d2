package ai.hrflow.connectors.api.errors;

/**
 * One field an API refused, as extracted by the client that knows the API's error body shape.
 *
 * @param field the field's name or path as the API reports it; may be empty when the API names none
 * @param message why it was refused
 */
public record FieldError(String field, String message) {
    public FieldError {
        field = field == null ? "" : field;
        message = message == null ? "" : message;
    }

    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
