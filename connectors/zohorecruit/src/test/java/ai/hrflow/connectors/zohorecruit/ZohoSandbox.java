package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.http.ApiClientSettings;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.api.spi.RunContext;
import ai.hrflow.connectors.runtime.state.InMemoryStateStore;
import ai.hrflow.connectors.emulators.server.MutableClock;
import ai.hrflow.connectors.emulators.zoho.ZohoClientCredentials;
import ai.hrflow.connectors.emulators.zoho.ZohoEmulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A Zoho emulator (EU data center, clock fixed at {@link #T0} unless moved), a registered Self Client, a state
 * store, and the endpoint overrides that send the product's real Zoho URLs to the emulator.
 */
final class ZohoSandbox implements AutoCloseable {
    static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");
    /** Retries as in production, waits in milliseconds so tests stay fast. */
    static final ApiClientSettings FAST = ZohoConnection.DEFAULT_SETTINGS.toBuilder()
            .backoff(Duration.ofMillis(1), Duration.ofMillis(20)).build();

    final MutableClock clock = MutableClock.fixed(T0);
    final ZohoEmulator zoho = ZohoEmulator.builder().clock(clock).start();
    final ZohoClientCredentials client = zoho.registerClient();
    final InMemoryStateStore store = new InMemoryStateStore();

    /** The real EU hosts → the emulator. */
    EndpointOverrides endpoints() {
        return EndpointOverrides.of(Map.of(
                "https://accounts.zoho.eu", zoho.accountsUrl(),
                "https://recruit.zoho.eu", zoho.recruitUrl()));
    }

    RunContext context() {
        return new RunContext("zoho-test", "test", "Zoho Recruit", java.util.Optional.of(store), endpoints(),
                Clock.systemUTC());
    }

    /** Credentials with a fresh one-time code. */
    ZohoCredentials withCode() {
        return new ZohoCredentials(client.clientId(), client.clientSecret(),
                zoho.issueAuthorizationCode(client.clientId()), null, ZohoDataCenter.EU);
    }

    ZohoRecruitClient open(ZohoCredentials credentials) {
        return ZohoConnection.open(credentials, context(), FAST);
    }

    /** Moves the emulator's clock (record times, token lifetimes). */
    void advance(Duration d) {
        clock.advance(d);
    }

    @Override
    public void close() {
        zoho.close();
    }
}
