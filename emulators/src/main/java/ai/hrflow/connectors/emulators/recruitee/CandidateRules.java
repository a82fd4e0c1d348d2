package ai.hrflow.connectors.emulators.recruitee;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code POST} and {@code PATCH /candidates} accept and how they change a candidate: the create fields of
 * the contract (3.3), validated all at once so a 422 lists every problem.
 */
final class CandidateRules {
    /** The string-array fields; strict mode refuses null entries in them. */
    static final List<String> STRING_LISTS = List.of("emails", "phones", "links", "social_links");
    /** Fields a create or update may set; anything else in the body is ignored, as APIs commonly do. */
    static final List<String> WRITABLE = List.of("name", "emails", "phones", "links", "social_links",
            "cover_letter", "sources", "remote_cv_url");

    private CandidateRules() {
    }

    /** The {@code candidate} object of a write body. @throws EmulatorError 422 when there is none */
    static ObjectNode candidateOf(JsonNode body) {
        JsonNode candidate = body.path("candidate");
        if (!body.isObject() || !candidate.isObject()) {
            throw RecruiteeErrors.unprocessable(List.of("candidate: is missing or not an object"));
        }
        return (ObjectNode) candidate;
    }

    /** Every validation problem of {@code candidate}; {@code create} requires a name. */
    static List<String> problems(JsonNode candidate, boolean create, boolean strictNulls) {
        List<String> problems = new ArrayList<>();
        JsonNode name = candidate.get("name");
        if (create || name != null) {
            if (name == null || !name.isTextual() || name.asText().isBlank()) {
                problems.add("name: can't be blank");
            }
        }
        for (String key : STRING_LISTS) {
            stringList(candidate.get(key), key, strictNulls, problems);
        }
        stringList(candidate.get("sources"), "sources", true, problems);
        for (String key : List.of("cover_letter", "remote_cv_url")) {
            JsonNode v = candidate.get(key);
            if (v != null && !v.isNull() && !v.isTextual()) {
                problems.add(key + ": is invalid (string expected)");
            }
        }
        return problems;
    }

    private static void stringList(JsonNode value, String key, boolean refuseNulls, List<String> problems) {
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isArray()) {
            problems.add(key + ": is invalid (list of strings expected)");
            return;
        }
        for (JsonNode e : value) {
            if (e.isNull()) {
                if (refuseNulls) {
                    problems.add(key + ": can't contain null");
                    return;
                }
            } else if (!e.isTextual()) {
                problems.add(key + ": is invalid (list of strings expected)");
                return;
            }
        }
    }

    /**
     * The offer ids of a create body: {@code offers} (absent, null or a list of integers) and a single
     * {@code offer_id}. Every id must be an offer of the company.
     *
     * @throws EmulatorError 422 for a non-integer entry; 422 or 404 (settings) for an unknown offer
     */
    static List<Long> offers(JsonNode body, Company company, RecruiteeSettings settings) {
        List<Long> ids = new ArrayList<>();
        JsonNode offers = body.get("offers");
        if (offers != null && !offers.isNull()) {
            if (!offers.isArray()) {
                throw RecruiteeErrors.unprocessable(List.of("offers: is invalid (list of offer ids expected)"));
            }
            for (JsonNode o : offers) {
                if (!o.isIntegralNumber()) {
                    throw RecruiteeErrors.unprocessable(List.of("offers: is invalid (" + o + " is not an offer id)"));
                }
                ids.add(o.longValue());
            }
        }
        JsonNode single = body.get("offer_id");
        if (single != null && !single.isNull()) {
            if (single.isIntegralNumber() || single.asText().matches("\\d{1,18}")) {
                ids.add(single.asLong());
            } else {
                throw RecruiteeErrors.unprocessable(List.of("offer_id: is invalid"));
            }
        }
        for (long id : ids) {
            if (company.offer(id) == null) {
                int status = settings.unknownOfferStatus();
                String message = "offers: offer " + id + " not found";
                throw status == 404 ? new EmulatorError(404, message) : RecruiteeErrors.unprocessable(List.of(message));
            }
        }
        return ids.stream().distinct().toList();
    }

    /** A new candidate's document, as if added by hand by {@code adminId}. */
    static ObjectNode newDoc(long id, ObjectNode candidate, Instant now, long adminId) {
        ObjectNode doc = Json.object();
        doc.put("id", id);
        String name = candidate.path("name").asText().trim();
        doc.put("name", name);
        doc.put("initials", initials(name));
        for (String key : STRING_LISTS) {
            doc.set(key, strings(candidate.get(key)));
        }
        doc.set("sources", strings(candidate.get("sources")));
        doc.put("cover_letter", candidate.path("cover_letter").isTextual() ? candidate.get("cover_letter").asText() : null);
        doc.put("source", "manual");
        doc.putNull("referrer");
        doc.putNull("description");
        doc.put("admin_id", adminId);
        doc.putArray("admin_ids").add(adminId);
        doc.put("adminapp_url", "https://app.recruitee.com/#/candidates/" + id);
        doc.putNull("photo_url");
        doc.put("photo_thumb_url", "https://recruitee-main.s3.amazonaws.com/default/avatar.png");
        doc.put("has_avatar", false);
        doc.put("example", false);
        doc.put("followed", false);
        doc.put("viewed", false);
        doc.putArray("tags");
        doc.putArray("fields");
        doc.putArray("custom_fields");
        doc.putArray("placements");
        doc.putArray("duplicates");
        doc.putArray("open_question_answers");
        doc.putArray("grouped_open_question_answers");
        doc.put("rating", 0);
        doc.putObject("ratings");
        doc.put("ratings_count", 0);
        doc.putNull("positive_ratings");
        doc.put("notes_count", 0);
        doc.put("tasks_count", 0);
        doc.put("mailbox_messages_count", 0);
        doc.putNull("last_message_at");
        doc.put("gdpr_status", "not_requested");
        String ts = RecruiteeTime.format(now);
        doc.put("created_at", ts);
        doc.put("updated_at", ts);
        doc.put("last_activity_at", ts);
        return doc;
    }

    /** A copy of {@code doc} with the writable keys of {@code changes} replaced (arrays replaced, not merged). */
    static ObjectNode patched(ObjectNode doc, ObjectNode changes, Instant now) {
        ObjectNode out = doc.deepCopy();
        for (String key : WRITABLE) {
            if (!changes.has(key) || key.equals("remote_cv_url")) {
                continue;
            }
            JsonNode v = changes.get(key);
            if (key.equals("name")) {
                out.put("name", v.asText().trim());
                out.put("initials", initials(v.asText()));
            } else if (key.equals("cover_letter")) {
                out.set(key, v.isNull() ? Json.object().nullNode() : v.deepCopy());
            } else {
                out.set(key, strings(v));
            }
        }
        out.put("updated_at", RecruiteeTime.format(now));
        out.put("last_activity_at", RecruiteeTime.format(now));
        return out;
    }

    /** A placement of a new candidate on an offer, in the offer's default stage. */
    static ObjectNode placement(long placementId, long candidateId, ObjectNode offer, Instant now) {
        ObjectNode p = Json.object();
        String ts = RecruiteeTime.format(now);
        p.put("id", placementId).put("candidate_id", candidateId).put("offer_id", offer.path("id").asLong())
                .put("stage_id", defaultStage(offer)).put("position", 0).put("created_at", ts).put("updated_at", ts);
        p.putNull("hired_at").putNull("hired_by_id").putNull("job_starts_at").putNull("overdue_at")
                .putNull("overdue_diff").putNull("language").putNull("positive_ratings").putObject("ratings");
        p.put("hired_in_this_placement", false).put("hired_in_other_placement", false);
        p.putNull("disqualified_at").putNull("disqualify_kind");
        return p;
    }

    /** The first stage of category {@code apply}, else the first stage; null when the offer has no pipeline. */
    static Long defaultStage(ObjectNode offer) {
        JsonNode stages = offer.path("pipeline_template").path("stages");
        for (JsonNode s : stages) {
            if ("apply".equals(s.path("category").asText())) {
                return s.path("id").asLong();
            }
        }
        return stages.size() > 0 ? stages.get(0).path("id").asLong() : null;
    }

    static ArrayNode strings(JsonNode value) {
        ArrayNode out = Json.array();
        if (value != null && value.isArray()) {
            value.forEach(e -> {
                if (e.isTextual()) {
                    out.add(e.asText());
                }
            });
        }
        return out;
    }

    static List<String> emails(ObjectNode doc) {
        List<String> out = new ArrayList<>();
        doc.path("emails").forEach(e -> out.add(e.asText().toLowerCase(Locale.ROOT)));
        return out;
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            if (!part.isEmpty() && sb.length() < 2) {
                sb.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return sb.toString();
    }
}
