package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One live record: the fields a list filters and sorts on most (times as epoch seconds, state flags) kept
 * apart, and the rest as compact JSON bytes, because benchmarks hold 100,000+ records and a Jackson tree costs
 * several times its JSON size. Immutable: a write replaces the whole value, so readers never see half an update.
 * Times are not in {@link #json}: they are rendered on read, in the org's current time zone.
 */
record StoredRecord(String id, long created, long modified, boolean draft, boolean approved, boolean converted,
        byte[] json) {

    static StoredRecord of(String id, long created, long modified, ObjectNode fields) {
        boolean draft = "draft".equals(fields.path("$state").asText());
        boolean approved = fields.path("$approved").asBoolean(true);
        boolean converted = fields.path("$converted").asBoolean(false);
        try {
            return new StoredRecord(id, created, modified, draft, approved, converted,
                    Json.MAPPER.writeValueAsBytes(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise record " + id, e);
        }
    }

    /** A fresh, mutable copy of the stored fields (without the times). */
    ObjectNode fields() {
        try {
            return (ObjectNode) Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One top-level field without building the whole tree: sorting 100,000 records on a field parses each
     * record once per write, and a full parse costs several times this.
     */
    JsonNode field(String name) {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String current = p.currentName();
                p.nextToken();
                if (current.equals(name)) {
                    return Json.MAPPER.readTree(p);
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StoredRecord withFields(long newModified, ObjectNode fields) {
        return of(id, created, newModified, fields);
    }
}
