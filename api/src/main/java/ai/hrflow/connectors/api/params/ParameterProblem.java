package ai.hrflow.connectors.api.params;

/**
 * One thing wrong with given parameters, located by its path ({@code connector_auth.client_id}).
 *
 * @param path dotted path of the offending key; list elements as {@code offer_ids[2]}
 * @param message what is wrong, in a few words, without the value of a secret
 */
public record ParameterProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
