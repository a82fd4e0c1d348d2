package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorProvider;
import java.util.List;

/**
 * Makes {@code zohorecruit} and {@code zoho} discoverable. Both live in this module; the docs of the second one
 * go to its {@code zoho/} directory so the two {@code README.md}s and {@code docs/} do not collide.
 */
public final class ZohoRecruitConnectorProvider implements ConnectorProvider {
    @Override
    public List<Connector> connectors() {
        return List.of(ZohoRecruitConnector.create(), ZohoConnector.create());
    }
}
