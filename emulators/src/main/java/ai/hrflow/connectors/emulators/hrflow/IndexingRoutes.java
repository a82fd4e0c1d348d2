package ai.hrflow.connectors.emulators.hrflow;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.Router;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET/POST/PUT /profile/indexing}, {@code PATCH /profile/indexing/archive} and the same for jobs
 * (contract 2.1–2.4 and 3).
 */
final class IndexingRoutes {
    private final HrFlowBackend backend;
    private final Kind kind;

    IndexingRoutes(HrFlowBackend backend, Kind kind) {
        this.backend = backend;
        this.kind = kind;
    }

    void register(Router router) {
        String path = "/v1/" + kind.object + "/indexing";
        router.get(path, this::get);
        router.post(path, this::create);
        router.put(path, this::edit);
        router.patch(path + "/archive", this::archive);
    }

    private EmulatorResponse get(EmulatorRequest request) {
        ApiKeys.ApiKey apiKey = backend.authenticate(request);
        Container c = backend.requireContainer(kind, request.query().first(kind.containerKeyParam()), apiKey);
        String key = request.query().first("key");
        String reference = request.query().first("reference");
        if (blank(key) && blank(reference)) {
            throw Envelope.badParameters("key or reference is required");
        }
        StoredObject found = backend.find(c, key, reference);
        if (found == null) {
            throw backend.notFound(kind.object);
        }
        return Envelope.of(200, kind.title + " details", found.document());
    }

    private EmulatorResponse create(EmulatorRequest request) {
        ApiKeys.ApiKey apiKey = backend.authenticate(request);
        ObjectNode body = request.jsonObject();
        Container c = backend.requireContainer(kind, text(body, kind.containerKeyParam()), apiKey);
        if (kind == Kind.JOB && blank(text(body, "name"))) {
            throw Envelope.badParameters("name: field required");
        }
        StoredObject created = backend.create(c, body);
        return Envelope.of(201, kind.title + " created", created.document());
    }

    private EmulatorResponse edit(EmulatorRequest request) {
        ApiKeys.ApiKey apiKey = backend.authenticate(request);
        ObjectNode body = request.jsonObject();
        Container c = backend.requireContainer(kind, text(body, kind.containerKeyParam()), apiKey);
        String key = text(body, "key");
        String reference = text(body, "reference");
        // The body is a whole document, possibly with a changed reference: its key identifies the target.
        StoredObject current = !blank(key) ? c.get(key) : blank(reference) ? null : c.byReference(reference);
        if (current == null) {
            throw backend.notFound(kind.object);
        }
        StoredObject edited = backend.replace(c, current, body);
        return Envelope.of(200, kind.title + " edited", edited.document());
    }

    private EmulatorResponse archive(EmulatorRequest request) {
        ApiKeys.ApiKey apiKey = backend.authenticate(request);
        ObjectNode body = request.jsonObject();
        Container c = backend.requireContainer(kind, text(body, kind.containerKeyParam()), apiKey);
        String key = text(body, "key");
        String reference = text(body, "reference");
        if (blank(key) && blank(reference)) {
            throw Envelope.badParameters("key or reference is required");
        }
        boolean archive = HrFlowBackend.flag(text(body, "is_archive"), true, "is_archive");
        StoredObject current = backend.find(c, key, reference);
        if (current == null) {
            throw backend.notFound(kind.object);
        }
        StoredObject next = backend.archive(c, current, archive);
        return Envelope.of(200, kind.title + (archive ? " archived" : " unarchived"), Json.object().put("key", next.key()));
    }

    private static String text(ObjectNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
