package ai.hrflow.connectors.emulators.hrflow;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Builds stored documents from what clients send: the client's fields plus the server-managed ones
 * ({@code key}, {@code id}, container key and summary, timestamps, {@code archive}), in the order the API
 * returns them. Client attempts to set server-managed fields are ignored, except {@code created_at}, which a
 * client may supply (the original date in the ATS).
 */
final class Documents {
    static final Pattern KEY = Pattern.compile("^[0-9a-f]{40}$");
    private static final Set<String> SERVER_FIELDS = Set.of("key", "id", "reference", "source_key", "source",
            "board_key", "board", "created_at", "updated_at", "archived_at", "archive");
    private static final String[] PROFILE_LISTS = {"experiences", "educations", "attachments"};
    private static final String[] ELIGIBILITY_FIELDS =
            {"first_name", "last_name", "phone", "date_birth", "gender", "summary", "urls", "location"};

    private static final HexFormat HEX = HexFormat.of();

    private final Clock clock;

    Documents(Clock clock) {
        this.clock = clock;
    }

    /** 40 lowercase hex characters, like every HrFlow key. Not String.format: seeding 100k objects calls this. */
    static String newKey() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return HEX.toHexDigits(r.nextLong()) + HEX.toHexDigits(r.nextLong()) + HEX.toHexDigits(r.nextInt());
    }

    long now() {
        return Timestamps.now(clock);
    }

    /** A new object (POST or parsing): {@code created_at} from the body or now, {@code updated_at} now. */
    StoredObject create(Container c, ObjectNode body, String key, long id) {
        long now = now();
        return assemble(c, body, key, id, reference(body), time(body, "created_at", now), now, -1);
    }

    /** A test-seeded object: every timestamp and {@code archived_at} may come from the document. */
    StoredObject seed(Container c, ObjectNode doc, long id) {
        String key = doc.path("key").isTextual() && KEY.matcher(doc.path("key").asText()).matches()
                ? doc.path("key").asText() : newKey();
        long now = now();
        long created = time(doc, "created_at", now);
        return assemble(c, doc, key, id, reference(doc), created, time(doc, "updated_at", created),
                time(doc, "archived_at", -1));
    }

    /**
     * PUT: the body replaces the document. Kept from the stored object: key, id, archive state, and, when the
     * body omits them, {@code created_at}, {@code reference} and (profiles) the server-made {@code attachments}.
     */
    StoredObject replace(Container c, StoredObject current, ObjectNode body) {
        String reference = body.hasNonNull("reference") ? reference(body) : current.reference();
        if (c.kind() == Kind.PROFILE && !body.has("attachments")) {
            body.set("attachments", current.document().path("attachments").deepCopy());
        }
        return assemble(c, body, current.key(), current.id(), reference, time(body, "created_at", current.createdAt()),
                now(), current.archivedAt());
    }

    /** Archive ({@code true}) or unarchive; archiving an archived object keeps its first {@code archived_at}. */
    StoredObject archive(Container c, StoredObject current, boolean archive) {
        long now = now();
        long archivedAt = !archive ? -1 : current.archived() ? current.archivedAt() : now;
        ObjectNode body = current.document().deepCopy();
        return assemble(c, body, current.key(), current.id(), current.reference(), current.createdAt(), now, archivedAt);
    }

    private StoredObject assemble(Container c, ObjectNode body, String key, long id, String reference, long createdAt,
            long updatedAt, long archivedAt) {
        ObjectNode doc = Json.object();
        doc.put("key", key);
        doc.put("id", id);
        doc.put("reference", reference);
        for (var e : body.properties()) {
            if (!SERVER_FIELDS.contains(e.getKey())) {
                doc.set(e.getKey(), e.getValue());
            }
        }
        if (c.kind() == Kind.PROFILE) {
            for (String list : PROFILE_LISTS) {
                if (!doc.path(list).isArray()) {
                    doc.set(list, Json.array());
                }
            }
            addItemKeys((ArrayNode) doc.get("experiences"));
            addItemKeys((ArrayNode) doc.get("educations"));
        }
        doc.put(c.kind().containerKeyParam(), c.key());
        doc.set(c.kind().container, c.summary());
        doc.put("created_at", Timestamps.format(createdAt));
        doc.put("updated_at", Timestamps.format(updatedAt));
        String archived = archivedAt < 0 ? null : Timestamps.format(archivedAt);
        doc.put("archived_at", archived);
        // [?] The contract only shows archive: null on live objects; mirroring archived_at is our guess.
        doc.put("archive", archived);
        boolean searchable = c.kind() != Kind.PROFILE || eligible(doc);
        return new StoredObject(key, id, reference, createdAt, updatedAt, archivedAt, searchable, doc);
    }

    private static void addItemKeys(ArrayNode items) {
        for (JsonNode item : items) {
            if (item.isObject() && !(item.path("key").isTextual() && KEY.matcher(item.path("key").asText()).matches())) {
                ((ObjectNode) item).put("key", newKey());
            }
        }
    }

    /** Contract 2.5: non-empty text and (email, or first and last name, or 4 of the 8 other fields). */
    static boolean eligible(ObjectNode doc) {
        if (!filled(doc.get("text"))) {
            return false;
        }
        JsonNode info = doc.path("info");
        if (filled(info.get("email")) || (filled(info.get("first_name")) && filled(info.get("last_name")))) {
            return true;
        }
        int count = 0;
        for (String f : ELIGIBILITY_FIELDS) {
            count += filled(info.get(f)) ? 1 : 0;
        }
        return count >= 4;
    }

    private static boolean filled(JsonNode n) {
        return n != null && !n.isNull() && !n.isMissingNode() && !(n.isTextual() && n.asText().isBlank())
                && !(n.isContainerNode() && n.isEmpty());
    }

    static String reference(ObjectNode body) {
        JsonNode ref = body.get("reference");
        return ref == null || ref.isNull() || ref.asText().isEmpty() ? null : ref.asText();
    }

    /** A timestamp field of a client document, or {@code fallback} when absent. @throws 400 when unparseable */
    private static long time(ObjectNode body, String field, long fallback) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            return fallback;
        }
        try {
            return Timestamps.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw Envelope.badParameters(field + ": invalid date '" + v.asText() + "'");
        }
    }
}
