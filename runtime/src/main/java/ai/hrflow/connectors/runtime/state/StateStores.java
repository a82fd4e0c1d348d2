package ai.hrflow.connectors.runtime.state;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Builds the {@link StateStore} a process uses. The CLI calls {@link #fromEnvironment(Map)} with
 * {@code System.getenv()} once per command that runs or inspects workflows; embedding applications
 * may call {@link #localJson(Path)} or build an {@link InMemoryStateStore} directly.
 *
 * <p>The variables are the reference's (section 4 of its semantics), with these differences:
 * <ul>
 *   <li>{@value #ENABLED}: the store is <b>on unless</b> the variable is {@code false} or {@code 0}
 *       (any case, surrounding spaces ignored). The reference turns it off when the variable is unset or
 *       empty, so an incremental run there fails with {@code backend_not_configured} until the user
 *       finds the variable; we keep state by default so incremental runs just work.</li>
 *   <li>{@value #STORE}: only {@code localjson} (any case) exists here (the reference also has {@code s3}); unset
 *       or blank means {@code localjson}, anything else is refused with the supported values.</li>
 *   <li>Directory: {@value #STATE_DIR}, else the reference's {@value #LOCALJSON_DIR}, else
 *       {@code <user.home>/.hrflow-connectors/state}. It may be relative (to the working directory) and
 *       need not exist yet; the reference requires an existing absolute directory. Blank values are
 *       treated as unset.</li>
 * </ul>
 *
 * <p>{@value #STATE_URL} (e.g. {@code postgresql://user:pass@host:5432/db}) selects a shared store from a
 * {@link StateStoreProvider} on the class path instead of the local directory; it takes precedence over
 * {@value #STORE} and the directory variables.
 */
public final class StateStores {
    /** {@code false}/{@code 0} turns the state store off. */
    public static final String ENABLED = "HRFLOW_CONNECTORS_STORE_ENABLED";
    /** Which store: {@code localjson}. */
    public static final String STORE = "HRFLOW_CONNECTORS_STORE";
    /** Directory of the local JSON store (ours, takes precedence). */
    public static final String STATE_DIR = "HRFLOW_CONNECTORS_STATE_DIR";
    /** Directory of the local JSON store, as the reference names it. */
    public static final String LOCALJSON_DIR = "HRFLOW_CONNECTORS_LOCALJSON_DIR";
    /** URL of a shared state store, e.g. {@code postgresql://user:pass@host:5432/db}. */
    public static final String STATE_URL = "HRFLOW_CONNECTORS_STATE_URL";
    /** The store kinds {@value #STORE} accepts. */
    public static final List<String> SUPPORTED_STORES = List.of("localjson");

    private StateStores() {
    }

    /**
     * The store the environment asks for, or empty when {@value #ENABLED} turns it off.
     *
     * @throws IllegalArgumentException when {@value #STORE} names a store we do not have
     * @throws StateStoreException when the state directory cannot be created
     */
    public static Optional<StateStore> fromEnvironment(Map<String, String> env) {
        return fromEnvironment(env, Path.of(System.getProperty("user.home")), Path.of("").toAbsolutePath());
    }

    /** As {@link #fromEnvironment(Map)}, with the home and working directories given (for tests). */
    static Optional<StateStore> fromEnvironment(Map<String, String> env, Path home, Path workingDirectory) {
        Objects.requireNonNull(env, "env");
        String enabled = value(env, ENABLED);
        if (enabled != null && (enabled.equalsIgnoreCase("false") || enabled.equals("0"))) {
            return Optional.empty();
        }
        String url = value(env, STATE_URL);
        if (url != null) {
            return Optional.of(fromUrl(url));
        }
        String store = value(env, STORE);
        if (store != null && !SUPPORTED_STORES.contains(store.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(STORE + "='" + store + "' is not a supported state store; supported: "
                    + String.join(", ", SUPPORTED_STORES) + " (or set " + ENABLED + "=false to run without state)");
        }
        return Optional.of(localJson(directory(env, home, workingDirectory)));
    }

    /**
     * The store of a {@link StateStoreProvider} on the class path that handles the URL's scheme.
     *
     * @throws IllegalArgumentException when the URL has no scheme, no provider handles it, or it is malformed
     */
    public static StateStore fromUrl(String url) {
        int colon = url.indexOf(':');
        String scheme = colon <= 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
        if (scheme.equals("jdbc")) {
            int next = url.indexOf(':', colon + 1);
            scheme = next < 0 ? "" : url.substring(colon + 1, next).toLowerCase(Locale.ROOT);
        }
        List<String> known = new java.util.ArrayList<>();
        for (StateStoreProvider provider : ServiceLoader.load(StateStoreProvider.class,
                StateStores.class.getClassLoader())) {
            for (String s : provider.schemes()) {
                if (s.equalsIgnoreCase(scheme)) {
                    try {
                        return provider.open(url);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(STATE_URL + ": " + e.getMessage(), e);
                    }
                }
                known.add(s);
            }
        }
        // The URL itself is not repeated: it may hold a password.
        throw new IllegalArgumentException(STATE_URL + ": " + (scheme.isEmpty() ? "no URL scheme (expected e.g. "
                + "postgresql://user:password@host:5432/database)" : "no state store for scheme '" + scheme + "'")
                + "; supported: " + (known.isEmpty() ? "none on the class path" : String.join(", ", known)));
    }

    /** A local JSON store in {@code dir}, created if missing. */
    public static StateStore localJson(Path dir) {
        return new LocalJsonStateStore(dir);
    }

    private static Path directory(Map<String, String> env, Path home, Path workingDirectory) {
        String dir = value(env, STATE_DIR);
        if (dir == null) {
            dir = value(env, LOCALJSON_DIR);
        }
        if (dir == null) {
            return home.resolve(".hrflow-connectors").resolve("state");
        }
        return workingDirectory.resolve(dir);
    }

    /** The trimmed value, or null when unset or blank (compose files often set variables to ""). */
    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
