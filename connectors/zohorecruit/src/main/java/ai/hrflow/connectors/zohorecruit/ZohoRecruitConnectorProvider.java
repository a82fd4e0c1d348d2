package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.core.model.Connector;
import ai.hrflow.connectors.core.model.ConnectorProvider;
import java.util.List;

/**
 * Makes {@code zohorecruit} and {@code zoho} discoverable. Both live in this module; the second one's docs go to
 * its {@code zoho/} directory so the two {@code README.md}s and {@code docs/} do not collide.
 */
public final class ZohoRecruitConnectorProvider implements ConnectorProvider {
    static final String MODULE = "connectors/zohorecruit";

    @Override
    public List<Connector> connectors() {
        return List.of(ZohoRecruitConnector.create(), ZohoConnector.create());
    }

    @Override
    public String docsDirectory(Connector connector) {
        return ZohoConnector.SUBTYPE.equals(connector.subtype()) ? MODULE + "/zoho" : MODULE;
    }

    @Override
    public String moduleDirectory(Connector connector) {
        return MODULE;
    }
}
