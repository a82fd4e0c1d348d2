package ai.hrflow.connectors.api.spi;

import java.time.Clock;
import java.util.Optional;

/**
 * What the engine gives a reader or writer about the run it serves.
 *
 * @param workflowId the run's workflow id (also the key of its state)
 * @param actionId unique id of this run
 * @param connector display name of the connector whose action runs
 * @param credentialStore where to keep rotated credentials; empty when no store is configured
 * @param endpoints base URL overrides to apply to every URL an API client calls
 * @param clock time source
 */
public record RunContext(String workflowId, String actionId, String connector,
        Optional<CredentialStore> credentialStore, EndpointOverrides endpoints, Clock clock) {

    /** A context for using readers and writers outside a run (tests, tools). */
    public static RunContext standalone(String workflowId) {
        return new RunContext(workflowId, "standalone", "standalone", Optional.empty(), EndpointOverrides.none(),
                Clock.systemUTC());
    }

    public RunContext withCredentialStore(CredentialStore store) {
        return new RunContext(workflowId, actionId, connector, Optional.ofNullable(store), endpoints, clock);
    }

    public RunContext withEndpoints(EndpointOverrides overrides) {
        return new RunContext(workflowId, actionId, connector, credentialStore, overrides, clock);
    }
}
