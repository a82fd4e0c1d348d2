package ai.hrflow.connectors.api.http;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** An {@code application/json} body; see {@link RequestBody#json(JsonNode)}. */
public final class JsonBody implements RequestBody {
    private final byte[] bytes;

    JsonBody(JsonNode node) {
        try {
            this.bytes = Json.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("JSON body cannot be serialized: " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON sent, parsed again (a copy: changing it changes nothing). */
    public JsonNode json() {
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String contentType() {
        return "application/json";
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String describe(Redactor redactor) {
        return redactor.redactJson(json()).toString();
    }
}
