package ai.hrflow.connectors.emulators.jobadder;

import ai.hrflow.connectors.emulators.jobadder.ApiErrors.FieldProblem;
import ai.hrflow.connectors.emulators.server.EmulatorError;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.QueryParams;
import ai.hrflow.connectors.emulators.server.Router;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * {@code /v2/candidates}: list, get, create with duplicate detection, update ({@code api/jobadder.md} §2).
 *
 * <p>Create: {@code firstName} and {@code lastName} are required; a candidate whose email (case-insensitive)
 * is already used answers 409 with the existing {@code candidateId} in the body and a fresh duplicate-override
 * code in the {@code X-Allow-Duplicates} response header. The same create re-sent with
 * {@code X-Allow-Duplicates: <that code>} is accepted; the code is single use and bound to the email it was
 * issued for. Any other value ({@code true}, {@code false}, a used, unknown or other email's code) changes
 * nothing: the duplicate is answered 409 again, with a new code. Success is 201 with the candidate and a
 * {@code Location} header.
 *
 * <p>Unsure, and what the emulator assumes: JobAdder's OpenAPI spec describes the request header as "duplicate
 * override code from the header of an earlier 409 response" but does not name the 409's header, nor say whether a
 * code is single use, expires or is bound to the matched candidate; the emulator uses the same header name on
 * the answer, single use, bound to the email. Which fields define a duplicate (email only here; name + phone?)
 * is unverified too. Update
 * overlays the given fields and answers 200 with an empty body (as the official spec says). {@code statusId}
 * in a body becomes the {@code status} object on read.
 */
final class CandidateRoutes {
    /** Keys of the create/update commands (official spec and contract); anything else is unknown. */
    static final Set<String> MODEL = Set.of("firstName", "lastName", "email", "phone", "mobile", "salutation",
            "contactMethod", "address", "statusId", "rating", "source", "seeking", "dateOfBirth", "otherEmail",
            "social", "summary", "employment", "availability", "education", "skillTags", "custom", "customFields",
            "recruiterUserId", "emergencyContact", "emergencyPhone", "unsubscribed");

    private final RecordStore store;
    private final JobAdderSettings settings;
    private final Listing listing;
    private final Map<String, Long> byEmail = new ConcurrentHashMap<>();
    /** Every candidate id an email was ever stored with: narrows list calls by email (the filter still checks). */
    private final Map<String, Set<Long>> idsByEmail = new ConcurrentHashMap<>();
    /** Duplicate-override codes not used yet, each with the email key it was issued for. */
    private final Map<String, String> overrideCodes = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Object createLock = new Object();

    CandidateRoutes(RecordStore store, JobAdderSettings settings, String listUrl) {
        this.store = store;
        this.settings = settings;
        this.listing = new Listing(store, settings, listUrl,
                Set.of("candidateId", "createdAt", "updatedAt", "firstName", "lastName", "email"));
    }

    void register(Router router, Bearer bearer) {
        router.get("/v2/candidates", bearer.secured(r -> listing.answer(r, candidates(r.query()), filter(r.query()))));
        router.post("/v2/candidates", bearer.secured(this::create));
        router.get("/v2/candidates/{candidateId}", bearer.secured(r -> EmulatorResponse.json(200, require(r))));
        router.put("/v2/candidates/{candidateId}", bearer.secured(this::update));
    }

    /** Stores a candidate as if created earlier (timestamps from the document when present); no checks. */
    ObjectNode seed(ObjectNode candidate) {
        synchronized (createLock) {
            ObjectNode stored = store.insert(toStored(candidate, true), true);
            index(stored);
            return stored;
        }
    }

    private EmulatorResponse create(EmulatorRequest request) {
        ObjectNode body = request.jsonObject();
        validate(body, true);
        String override = request.header("X-Allow-Duplicates");
        ObjectNode stored;
        synchronized (createLock) {
            String email = emailKey(body);
            Long existing = email == null ? null : byEmail.get(email);
            if (existing != null && !(override != null && overrideCodes.remove(override.trim(), email))) {
                String code = newOverrideCode();
                overrideCodes.put(code, email);
                String message = "A candidate with this email already exists (candidateId " + existing + ")";
                ObjectNode conflict = ApiErrors.body(message,
                        List.of(new FieldProblem("email", "DuplicateCandidate", message))).put("candidateId", existing);
                throw new EmulatorError(EmulatorResponse.json(409, conflict).withHeader("X-Allow-Duplicates", code));
            }
            stored = store.insert(toStored(body, true), false);
            index(stored);
        }
        return EmulatorResponse.json(201, stored).withHeader("Location", stored.path("links").path("self").asText());
    }

    private String newOverrideCode() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private EmulatorResponse update(EmulatorRequest request) {
        long id = require(request).path("candidateId").asLong();
        ObjectNode body = request.jsonObject();
        validate(body, false);
        ObjectNode updated = store.update(id, toStored(body, false));
        if (updated == null) {
            throw ApiErrors.notFound("Candidate");
        }
        index(updated);
        return EmulatorResponse.empty(200);
    }

    private ObjectNode require(EmulatorRequest request) {
        ObjectNode c = null;
        try {
            c = store.get(Long.parseLong(request.pathVariable("candidateId")));
        } catch (NumberFormatException notAnId) {
            // falls through to 404, as JobAdder answers for an id that cannot exist
        }
        if (c == null) {
            throw ApiErrors.notFound("Candidate");
        }
        return c;
    }

    private void validate(ObjectNode body, boolean create) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : List.of("firstName", "lastName")) {
            JsonNode v = body.get(name);
            boolean missing = v == null || v.isNull() || v.asText().isBlank();
            if (missing && (create || v != null)) {
                problems.add(new FieldProblem(name, "Required", name + " is required"));
            }
        }
        JsonNode email = body.get("email");
        if (email != null && !email.isNull() && !email.asText().contains("@")) {
            problems.add(new FieldProblem("email", "InvalidEmail", "email is not a valid email address"));
        }
        JsonNode statusId = body.get("statusId");
        if (statusId != null && !statusId.isNull() && !Statuses.CANDIDATE.containsKey(statusId.asInt())) {
            problems.add(new FieldProblem("statusId", "InvalidStatus", "statusId " + statusId.asText() + " is unknown"));
        }
        requireKind(body, "skillTags", JsonNode::isArray, "an array of strings", problems);
        requireKind(body, "education", JsonNode::isArray, "an array", problems);
        requireKind(body, "employment", JsonNode::isObject, "an object", problems);
        requireKind(body.path("address").isObject() ? (ObjectNode) body.get("address") : null, "street",
                JsonNode::isArray, "an array of lines", problems);
        if (settings.rejectUnknownFields()) {
            for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!MODEL.contains(name)) {
                    problems.add(new FieldProblem(name, "UnknownField", name + " is not a candidate field"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ApiErrors.withErrors(settings.validationStatus(), "Validation failed", problems);
        }
    }

    private static void requireKind(ObjectNode body, String field, Predicate<JsonNode> kind, String expected,
            List<FieldProblem> problems) {
        JsonNode v = body == null ? null : body.get(field);
        if (v != null && !v.isNull() && !kind.test(v)) {
            problems.add(new FieldProblem(field, "InvalidType", field + " must be " + expected));
        }
    }

    /**
     * The body as stored: known keys only, {@code statusId} turned into the {@code status} object (the default
     * status for a new candidate that names none).
     */
    private static ObjectNode toStored(ObjectNode body, boolean create) {
        ObjectNode stored = body.deepCopy();
        stored.retain(MODEL);
        for (String kept : List.of("candidateId", "createdAt", "updatedAt", "status")) {
            if (body.has(kept)) {
                stored.set(kept, body.get(kept)); // seeding may give them
            }
        }
        JsonNode statusId = stored.remove("statusId");
        if (statusId != null && !statusId.isNull()) {
            stored.set("status", Statuses.CANDIDATE.get(statusId.asInt()).deepCopy());
        } else if (create && !stored.has("status")) {
            stored.set("status", Statuses.CANDIDATE.get(Statuses.CANDIDATE_DEFAULT).deepCopy());
        }
        stored.remove("candidateId");
        return stored;
    }

    /** Keeps the email index right after a change made outside the routes (the emulator's own edits). */
    void indexEmail(ObjectNode stored) {
        index(stored);
    }

    private void index(ObjectNode stored) {
        String key = emailKey(stored);
        if (key != null) {
            byEmail.putIfAbsent(key, stored.path("candidateId").asLong());
            idsByEmail.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(stored.path("candidateId").asLong());
        }
    }

    private static String emailKey(JsonNode candidate) {
        JsonNode email = candidate.get("email");
        return email == null || email.isNull() || email.asText().isBlank() ? null
                : email.asText().trim().toLowerCase(Locale.ROOT);
    }

    /** The candidates a list call may match: those of the emails asked for (an index), else all. */
    private java.util.Collection<ObjectNode> candidates(QueryParams q) {
        List<String> emails = q.all("email");
        if (emails.isEmpty()) {
            return store.values();
        }
        List<ObjectNode> out = new java.util.ArrayList<>();
        for (String email : emails) {
            for (long id : idsByEmail.getOrDefault(email.trim().toLowerCase(Locale.ROOT), Set.of())) {
                ObjectNode candidate = store.get(id);
                if (candidate != null) {
                    out.add(candidate);
                }
            }
        }
        return out;
    }

    private static Predicate<ObjectNode> filter(QueryParams q) {
        Predicate<ObjectNode> p = c -> true;
        List<String> emails = q.all("email").stream().map(e -> e.trim().toLowerCase(Locale.ROOT)).toList();
        if (!emails.isEmpty()) {
            p = p.and(c -> emails.contains(c.path("email").asText("").toLowerCase(Locale.ROOT)));
        }
        String name = q.first("name");
        if (name != null && !name.isBlank()) {
            String n = name.toLowerCase(Locale.ROOT);
            p = p.and(c -> (c.path("firstName").asText("") + " " + c.path("lastName").asText(""))
                    .toLowerCase(Locale.ROOT).contains(n));
        }
        List<String> ids = q.all("candidateId");
        if (!ids.isEmpty()) {
            p = p.and(c -> ids.contains(c.path("candidateId").asText()));
        }
        List<String> statuses = new ArrayList<>(q.all("statusId"));
        statuses.addAll(q.all("status"));
        if (!statuses.isEmpty()) {
            p = p.and(c -> statuses.contains(c.path("status").path("statusId").asText()));
        }
        return p;
    }
}
