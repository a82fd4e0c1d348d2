package ai.hrflow.connectors.emulators.hrflow;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorError;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.Multipart;
import ai.hrflow.connectors.emulators.server.Router;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Parsing stubs: {@code POST /profile/parsing/file} (contract 2.7) and {@code POST /text/parsing} (3).
 *
 * <p>No real extraction: the uploaded file's content <em>is</em> the parsed profile, as JSON (a file that is not
 * a JSON object becomes a profile whose {@code text} is the file's text; a {@code reference} inside the file is
 * ignored). The form fields {@code reference},
 * {@code created_at}, {@code tags}, {@code metadatas} and {@code labels} are applied over it, and two attachments
 * ({@code original}, {@code resume}) pointing at the stored bytes are added, so update logic sees attachments.
 * The source's {@code sync_parsing} flag decides between 201 with the profile and 202 with {@code data: []}.
 */
final class ParsingRoutes {
    private final HrFlowBackend backend;
    private final String filesBaseUrl;

    /** @param filesBaseUrl where attachment {@code public_url}s point ({@code <server>/files}) */
    ParsingRoutes(HrFlowBackend backend, String filesBaseUrl) {
        this.backend = backend;
        this.filesBaseUrl = filesBaseUrl;
    }

    void register(Router router) {
        router.post("/v1/profile/parsing/file", this::parseFile);
        router.post("/v1/text/parsing", this::parseText);
        router.get("/files/{name}", this::file);
    }

    private EmulatorResponse parseFile(EmulatorRequest request) {
        ApiKeys.ApiKey apiKey = backend.authenticate(request);
        Multipart form = request.multipart();
        String sourceKey = form.field("source_key");
        if (sourceKey == null || sourceKey.isBlank()) {
            throw Envelope.badParameters("source_key is required");
        }
        Container source = backend.container(Kind.PROFILE, sourceKey);
        if (source == null) {
            throw Envelope.error(400, "Invalid source fields");
        }
        backend.checkAccess(source, apiKey);
        Multipart.Part file = form.part("file").filter(Multipart.Part::isFile)
                .orElseThrow(() -> Envelope.badParameters("file is required"));
        ObjectNode profile = profileFrom(file, form);
        StoredObject target = target(source, form.field("key"), Documents.reference(profile));
        boolean sync = source.syncParsing();
        boolean index = HrFlowBackend.flag(form.field("sync_parsing_indexing"), true, "sync_parsing_indexing");
        if (sync) {
            StoredObject parsed = index ? store(source, target, profile)
                    : backend.documents.create(source, profile, Documents.newKey(), backend.nextId(Kind.PROFILE));
            ObjectNode data = Json.object();
            data.set("profile", parsed.document());
            data.set("parsing", Json.object().put("text", parsed.document().path("text").asText("")).set("entities", Json.array()));
            return Envelope.of(201, "Profile parsed successfully. Profile extraction finished in 0.01 seconds.", data);
        }
        Runnable storing = () -> store(source, target, profile);
        if (backend.settings.asyncParsing() == HrFlowSettings.AsyncParsing.IMMEDIATE) {
            storing.run();
        } else {
            backend.pendingParsing.add(storing);
        }
        return Envelope.of(202, "Your profile as been sent successfully to the Parsing Queue.", Json.array());
    }

    /** The existing profile to re-parse into, or {@code null} for a new one. */
    private StoredObject target(Container source, String key, String reference) {
        if (key != null && !key.isBlank()) {
            StoredObject existing = source.get(key);
            if (existing == null) {
                throw backend.notFound("profile");
            }
            return existing;
        }
        StoredObject holder = source.byReference(reference);
        if (holder == null) {
            return null;
        }
        if (backend.settings.parsingExistingReference() == HrFlowSettings.ExistingReference.REJECT) {
            throw HrFlowBackend.duplicate(Kind.PROFILE, reference);
        }
        return holder;
    }

    private StoredObject store(Container source, StoredObject target, ObjectNode profile) {
        if (target == null) {
            return backend.create(source, profile);
        }
        // Re-parsing replaces the document; the parsed attachments replace the old ones.
        return backend.replace(source, target, profile);
    }

    private ObjectNode profileFrom(Multipart.Part file, Multipart form) {
        ObjectNode profile;
        try {
            JsonNode parsed = Json.MAPPER.readTree(file.content());
            profile = parsed != null && parsed.isObject() ? (ObjectNode) parsed : Json.object().put("text", file.text());
        } catch (IOException e) {
            profile = Json.object().put("text", file.text());
        }
        // A resume cannot carry the customer's id: only the form field sets the reference.
        profile.remove("reference");
        String reference = form.field("reference");
        if (reference != null && !reference.isBlank()) {
            profile.put("reference", reference);
        }
        String createdAt = form.field("created_at");
        if (createdAt != null && !createdAt.isBlank()) {
            profile.put("created_at", createdAt);
        }
        for (String list : new String[] {"tags", "metadatas", "labels"}) {
            String raw = form.field(list);
            if (raw != null && !raw.isBlank()) {
                profile.set(list, jsonList(list, raw));
            }
        }
        profile.set("attachments", attachments(file));
        return profile;
    }

    private ArrayNode attachments(Multipart.Part file) {
        String original = file.filename().isBlank() ? "resume.pdf" : file.filename();
        int dot = original.lastIndexOf('.');
        String extension = dot < 0 ? "" : original.substring(dot);
        String now = Timestamps.format(backend.documents.now());
        ArrayNode out = Json.array();
        for (String type : new String[] {"original", "resume"}) {
            String alt = Documents.newKey();
            backend.files.put(alt + extension, file.content());
            out.addObject().put("type", type).put("alt", alt).put("file_size", file.content().length)
                    .put("file_name", alt + extension).put("original_file_name", original).put("extension", extension)
                    .put("public_url", filesBaseUrl + "/" + alt + extension).put("created_at", now).put("updated_at", now);
        }
        return out;
    }

    /** Multipart list fields travel as JSON strings; {@code {}} (a reference connector bug) is read as empty. */
    private static ArrayNode jsonList(String name, String raw) {
        try {
            JsonNode node = Json.MAPPER.readTree(raw);
            if (node.isArray()) {
                return (ArrayNode) node;
            }
            if (node.isObject() && node.isEmpty()) {
                return Json.array();
            }
        } catch (IOException e) {
            // fall through to the error below
        }
        throw Envelope.badParameters(name + " must be a JSON list, got: " + raw);
    }

    private EmulatorResponse parseText(EmulatorRequest request) {
        backend.authenticate(request);
        ObjectNode body = request.jsonObject();
        ArrayNode texts = Json.array();
        if (body.path("texts").isArray()) {
            texts = (ArrayNode) body.get("texts");
        } else if (body.path("text").isTextual()) {
            texts.add(body.get("text"));
        } else {
            throw Envelope.badParameters("texts is required");
        }
        ArrayNode data = Json.array();
        for (JsonNode t : texts) {
            ObjectNode fixture = backend.textParsing.get(t.asText());
            ObjectNode item = data.addObject().put("text", t.asText());
            item.set("entities", fixture == null ? Json.array() : fixture.path("entities").deepCopy());
            item.set("parsing", fixture == null ? Json.object() : fixture.path("parsing").deepCopy());
        }
        return Envelope.of(200, "Text parsed", data);
    }

    /** Attachment downloads ({@code public_url}); public like the real S3 links, so no auth. */
    private EmulatorResponse file(EmulatorRequest request) {
        byte[] content = backend.files.get(request.pathVariable("name"));
        if (content == null) {
            throw new EmulatorError(404, "No such file");
        }
        return new EmulatorResponse(200, java.util.Map.of("Content-Type", java.util.List.of("application/octet-stream")),
                content);
    }
}
