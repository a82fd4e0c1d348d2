package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.runtime.state.StateStores;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default environment of runs, from environment variables:
 * <ul>
 *   <li>the state store of {@link StateStores#fromEnvironment(Map)} (local JSON files under
 *       {@code ~/.hrflow-connectors/state} unless configured otherwise or disabled);</li>
 *   <li>{@code HRFLOW_CONNECTORS_FAILURES_DIR}: where failures files go, default
 *       {@code ~/.hrflow-connectors/failures};</li>
 *   <li>{@code HRFLOW_CONNECTORS_ENDPOINTS}: base URL overrides, {@code real=replacement} pairs separated by
 *       commas (e.g. to go through a proxy).</li>
 * </ul>
 */
public final class RunEnvironments {
    public static final String FAILURES_DIR = "HRFLOW_CONNECTORS_FAILURES_DIR";
    public static final String ENDPOINTS = "HRFLOW_CONNECTORS_ENDPOINTS";

    private RunEnvironments() {
    }

    public static RunEnvironment fromSystem() {
        return fromEnvironment(System.getenv());
    }

    public static RunEnvironment fromEnvironment(Map<String, String> env) {
        return RunEnvironment.builder()
                .stateStore(StateStores.fromEnvironment(env).orElse(null))
                .failuresDirectory(failuresDirectory(env))
                .endpoints(endpoints(env.get(ENDPOINTS)))
                .build();
    }

    static Path failuresDirectory(Map<String, String> env) {
        String dir = env.get(FAILURES_DIR);
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".hrflow-connectors", "failures");
    }

    /** Parses {@code real=replacement,real2=replacement2}; blank or null gives none. */
    public static EndpointOverrides endpoints(String spec) {
        if (spec == null || spec.isBlank()) {
            return EndpointOverrides.none();
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException(ENDPOINTS + ": expected real=replacement pairs separated by "
                        + "commas, got '" + pair.trim() + "'");
            }
            map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return EndpointOverrides.of(map);
    }
}
