package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.http.ApiRequest;
import ai.hrflow.connectors.api.http.MultipartBody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Resume parsing ({@code POST /profile/parsing/file}) and text parsing ({@code POST /text/parsing}). */
public final class ParsingApi {
    private final HrFlowClient client;

    ParsingApi(HrFlowClient client) {
        this.client = client;
    }

    /**
     * Uploads a resume to parse into a profile of the source. A source that parses synchronously answers 201
     * with the profile; otherwise 202 and the profile appears later under its reference.
     *
     * <p>Like {@link IndexingApi#add}, an upload whose answer is lost is not replayed blindly: with a
     * reference, HrFlow is asked for it first.
     *
     * @throws HrFlowDuplicateReferenceException when the reference is used and no key was given
     */
    public ParsedResume parseResume(String sourceKey, ResumeUpload upload) {
        MultipartBody.Builder form = MultipartBody.builder()
                .text("source_key", sourceKey)
                .file("file", upload.fileName(), upload.contentType(), upload.content())
                .text("key", upload.key())
                .text("reference", upload.reference())
                .text("created_at", upload.createdAt())
                // lists travel as JSON strings; an empty list rather than the reference's {} (bug 8)
                .text("tags", list(upload.tags()))
                .text("metadatas", list(upload.metadatas()))
                .text("labels", "[]")
                .text("profile_content_type", upload.contentType())
                // the SDK's defaults: synchronous only when the source is configured for it, index the result
                .text("sync_parsing", "0")
                .text("sync_parsing_indexing", "1")
                .text("webhook_parsing_sending", "0");
        ApiRequest request = ApiRequest.post("profile/parsing/file").body(form.build()).build();
        int[] status = {200};
        // Parsing into an existing key: the reference names a profile that exists whatever the outcome, so
        // it cannot tell whether this upload was applied; such an upload fails as it is instead.
        String checkable = upload.key() == null ? upload.reference() : null;
        ObjectNode profile = client.profiles().createChecked(sourceKey, checkable, () -> {
            ObjectNode envelope = client.send(request);
            status[0] = envelope.path("code").asInt(201);
            JsonNode parsed = envelope.path("data").path("profile");
            return parsed instanceof ObjectNode o ? o : null;
        });
        return new ParsedResume(status[0], profile);
    }

    private static String list(JsonNode value) {
        return value != null && value.isArray() ? HrFlowListQuery.jsonString(value) : "[]";
    }

    /**
     * Parses texts (job enrichment): one result per text, each {@code {text, entities: [{start, end, label}],
     * parsing}}.
     */
    public List<ObjectNode> parseText(List<String> texts) {
        ObjectNode body = Json.object();
        ArrayNode array = body.putArray("texts");
        texts.forEach(array::add);
        // Pure computation on the server: replaying it is harmless.
        ApiRequest request = ApiRequest.post("text/parsing").jsonBody(body).idempotent(true).build();
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode result : client.send(request).path("data")) {
            if (result instanceof ObjectNode o) {
                out.add(o);
            }
        }
        return out;
    }
}
