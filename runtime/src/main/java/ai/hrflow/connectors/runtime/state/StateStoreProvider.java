package ai.hrflow.connectors.runtime.state;

/**
 * A state store kept outside this module, found with {@link java.util.ServiceLoader} when
 * {@value StateStores#STATE_URL} is set (so the runtime does not depend on database drivers). A provider
 * is listed in {@code META-INF/services/ai.hrflow.connectors.runtime.state.StateStoreProvider} of its jar.
 */
public interface StateStoreProvider {

    /** The URL schemes this provider opens, e.g. {@code postgresql}; compared without case. */
    java.util.List<String> schemes();

    /**
     * Opens the store at {@code url}.
     *
     * @throws IllegalArgumentException when the URL is malformed; the message must not contain its password
     * @throws StateStoreException when the store cannot be reached or prepared
     */
    StateStore open(String url);
}
