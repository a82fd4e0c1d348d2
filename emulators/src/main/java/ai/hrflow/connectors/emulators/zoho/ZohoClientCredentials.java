package ai.hrflow.connectors.emulators.zoho;

import java.util.Objects;

/** A registered Self Client: what the API console shows a human, and the data center it belongs to. */
public record ZohoClientCredentials(String clientId, String clientSecret, DataCenter dataCenter) {
    public ZohoClientCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(dataCenter, "dataCenter");
    }

    @Override
    public String toString() {
        // Never print the secret, even in a test failure message.
        return "ZohoClientCredentials[clientId=" + clientId + ", dataCenter=" + dataCenter + "]";
    }
}
