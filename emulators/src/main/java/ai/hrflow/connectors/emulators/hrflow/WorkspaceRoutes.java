package ai.hrflow.connectors.emulators.hrflow;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.Router;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /source}, {@code GET /board} (contract 4) and {@code GET /auth} (1.2). */
final class WorkspaceRoutes {
    private final HrFlowBackend backend;

    WorkspaceRoutes(HrFlowBackend backend) {
        this.backend = backend;
    }

    void register(Router router) {
        router.get("/v1/source", req -> container(Kind.PROFILE, req));
        router.get("/v1/board", req -> container(Kind.JOB, req));
        router.get("/v1/auth", this::auth);
    }

    private EmulatorResponse container(Kind kind, EmulatorRequest request) {
        ApiKeys.ApiKey apiKey = backend.authenticate(request);
        // Older docs name the parameter source_key / board_key.
        String key = request.query().firstOr("key", request.query().first(kind.containerKeyParam()));
        Container c = backend.container(kind, key);
        if (c == null) {
            throw Envelope.error(400, "Invalid " + kind.container + " fields");
        }
        backend.checkAccess(c, apiKey);
        return Envelope.of(200, kind.containerTitle + " info", c.info());
    }

    private EmulatorResponse auth(EmulatorRequest request) {
        ApiKeys.ApiKey apiKey = backend.keys.identify(request);
        ObjectNode data = Json.object()
                .put("team_name", backend.settings.teamName())
                .put("team_subdomain", backend.settings.teamSubdomain())
                .putNull("request_origin")
                .put("api_key_permission", apiKey.permission().wire);
        return Envelope.of(200, "Your API Key is valid", data);
    }
}
