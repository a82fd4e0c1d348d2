package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.runtime.state.StateStores;
import java.nio.file.Path;
import java.time.Duration;
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
 *   <li>{@code HRFLOW_CONNECTORS_CHECKPOINT_SECONDS}: the longest time between two mid-run checkpoints while the
 *       position moves (default 2; {@code 0} turns mid-run checkpoints off);</li>
 *   <li>{@code HRFLOW_CONNECTORS_STOP_GRACE_SECONDS}: how long a stopped run (SIGTERM) lets its writes in
 *       flight finish (default 20).</li>
 * </ul>
 */
public final class RunEnvironments {
    public static final String FAILURES_DIR = "HRFLOW_CONNECTORS_FAILURES_DIR";
    public static final String ENDPOINTS = "HRFLOW_CONNECTORS_ENDPOINTS";
    public static final String CHECKPOINT_SECONDS = "HRFLOW_CONNECTORS_CHECKPOINT_SECONDS";
    public static final String STOP_GRACE_SECONDS = "HRFLOW_CONNECTORS_STOP_GRACE_SECONDS";

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
                .checkpointInterval(seconds(env, CHECKPOINT_SECONDS, Duration.ofSeconds(2)))
                .stopGrace(seconds(env, STOP_GRACE_SECONDS, Duration.ofSeconds(20)))
                .build();
    }

    static Duration seconds(Map<String, String> env, String name, Duration defaultValue) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            double seconds = Double.parseDouble(value.trim());
            if (seconds >= 0 && seconds <= 86_400) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + ": expected a number of seconds from 0 to 86400, got '"
                + value.trim() + "'");
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
