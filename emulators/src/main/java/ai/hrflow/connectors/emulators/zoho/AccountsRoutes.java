package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.QueryParams;
import ai.hrflow.connectors.emulators.server.Router;
import java.util.HashMap;
import java.util.Map;

/**
 * HTTP face of {@link OAuthAccounts}: {@code POST /oauth/v2/token} and {@code POST /oauth/v2/token/revoke}.
 * Parameters come from the query string and/or a form body (the body wins), as Zoho accepts both. Every
 * outcome is HTTP 200, errors included (contract §2.3).
 */
final class AccountsRoutes {
    private final OAuthAccounts accounts;

    AccountsRoutes(OAuthAccounts accounts) {
        this.accounts = accounts;
    }

    void register(Router router) {
        router.post("/oauth/v2/token/revoke", this::revoke);
        router.post("/oauth/v2/token", req -> EmulatorResponse.json(200, accounts.grant(params(req))));
    }

    private EmulatorResponse revoke(EmulatorRequest req) {
        boolean known = accounts.revoke(params(req).get("token"));
        // The revoke answer is not in the contract; success/invalid_code mirrors the grant endpoint's style.
        return EmulatorResponse.json(200, known ? Json.object().put("status", "success")
                : Json.object().put("error", "invalid_code"));
    }

    private static Map<String, String> params(EmulatorRequest req) {
        Map<String, String> out = new HashMap<>();
        put(out, req.query());
        String type = req.contentType();
        if (req.body().length > 0 && (type == null || type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded"))) {
            put(out, req.form());
        }
        return out;
    }

    private static void put(Map<String, String> out, QueryParams params) {
        for (String name : params.names()) {
            out.put(name, params.first(name));
        }
    }
}
