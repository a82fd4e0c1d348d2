package ai.hrflow.connectors.emulators.recruitee;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Completes the documents tests and the demo seed: every key a real offer or candidate has gets a plausible
 * default unless given, so a test states only what it is about. Given keys are kept as they are (a test may
 * seed {@code "salary": null} or leave {@code highlight_html} out on purpose).
 */
final class Seeding {
    private Seeding() {
    }

    static ObjectNode offer(RecruiteeBackend backend, Company company, ObjectNode fields) {
        ObjectNode o = fields.deepCopy();
        long id = o.hasNonNull("id") ? o.get("id").asLong() : backend.offerIds.incrementAndGet();
        bump(backend.offerIds, id);
        String title = o.path("title").asText("Untitled offer");
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String now = RecruiteeTime.format(backend.clock.instant());
        String site = "https://" + company.subdomain + ".recruitee.com";
        ObjectNode d = Json.object();
        d.put("id", id).put("guid", String.format("00000000-0000-4000-8000-%012d", id)).put("slug", slug)
                .put("title", title).put("kind", "job").put("status", "published").put("position", 0)
                .put("example", false).put("lang_code", "en").put("primary_lang_code", "en")
                .put("description", "").put("requirements", "").put("email_confirmation_body", "")
                .put("location", "").put("city", "").put("postal_code", "").put("state_code", "")
                .put("state_name", "").put("country_code", "").put("street", "").put("remote", false)
                .put("employment_type", "fulltime_permanent").put("category", "").put("education", "")
                .put("experience", "").putNull("min_hours").putNull("max_hours").putNull("salary")
                .put("number_of_openings", 1).put("department", "").putNull("department_id")
                .putNull("recruiter_id").putNull("hiring_manager_id");
        d.putArray("followers");
        d.putArray("offer_tags");
        d.put("options_cv", "required").put("options_cover_letter", "optional").put("options_phone", "optional")
                .put("options_photo", "optional").put("candidates_count", 0).put("qualified_candidates_count", 0)
                .put("disqualified_candidates_count", 0).put("hired_candidates_count", 0)
                .put("created_at", now).put("updated_at", now).put("published_at", now).putNull("closed_at")
                .put("url", site + "/o/" + slug).put("careers_url", site + "/o/" + slug)
                .put("adminapp_url", "https://app.recruitee.com/#/offers/" + slug)
                .put("mailbox_email", "job." + id + "@" + company.subdomain + ".recruitee.com");
        d.set("pipeline_template", pipeline(backend));
        for (Map.Entry<String, JsonNode> e : d.properties()) {
            if (!o.has(e.getKey())) {
                o.set(e.getKey(), e.getValue());
            }
        }
        o.put("id", id);
        return o;
    }

    private static ObjectNode pipeline(RecruiteeBackend backend) {
        ObjectNode p = Json.object().put("id", backend.stageIds.incrementAndGet()).put("title", "Default pipeline");
        ArrayNode stages = p.putArray("stages");
        String[][] defs = {{"Sourced", "sourced"}, {"Applied", "apply"}, {"Phone screen", "phone_screen"},
            {"Interview", "interview"}, {"Offer", "offer"}, {"Hired", "hire"}};
        for (int i = 0; i < defs.length; i++) {
            stages.addObject().put("id", backend.stageIds.incrementAndGet()).put("name", defs[i][0])
                    .put("category", defs[i][1]).put("position", i).put("locked", i == defs.length - 1);
        }
        return p;
    }

    /**
     * A candidate from any detail keys. {@code created_at}/{@code updated_at} are taken when given (else now),
     * {@code cv_original_url} becomes the processed CV, and {@code offer_ids} (a seeding shortcut) or
     * {@code placements} (completed) place the candidate on offers of the company.
     */
    static StoredCandidate candidate(RecruiteeBackend backend, Company company, ObjectNode fields, long adminId) {
        long id = fields.hasNonNull("id") ? fields.get("id").asLong() : backend.candidateIds.incrementAndGet();
        bump(backend.candidateIds, id);
        Instant now = backend.clock.instant();
        Instant created = fields.hasNonNull("created_at") ? RecruiteeTime.parse(fields.get("created_at").asText()) : now;
        Instant updated = fields.hasNonNull("updated_at") ? RecruiteeTime.parse(fields.get("updated_at").asText())
                : created;
        ObjectNode base = Json.object().put("name", fields.path("name").asText("Unnamed candidate"));
        ObjectNode doc = CandidateRules.newDoc(id, base, created, adminId);
        for (Map.Entry<String, JsonNode> e : fields.properties()) {
            if (!e.getKey().equals("offer_ids") && !e.getKey().startsWith("cv_")) {
                doc.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        doc.put("id", id).put("created_at", RecruiteeTime.format(created)).put("updated_at", RecruiteeTime.format(updated));
        ArrayNode placements = Json.array();
        fields.path("offer_ids").forEach(o -> placements.add(Json.object().put("offer_id", o.asLong())));
        fields.path("placements").forEach(p -> placements.add(p.deepCopy()));
        ArrayNode completed = doc.putArray("placements");
        for (JsonNode p : placements) {
            long offerId = p.path("offer_id").asLong();
            ObjectNode offer = company.offer(offerId);
            if (offer == null) {
                throw new IllegalArgumentException("candidate " + id + " placed on unknown offer " + offerId);
            }
            ObjectNode full = CandidateRules.placement(backend.placementIds.incrementAndGet(), id, offer, created);
            full.setAll((ObjectNode) p);
            completed.add(full);
            company.placed(offerId);
        }
        String cv = fields.hasNonNull("cv_original_url") ? fields.get("cv_original_url").asText() : null;
        return new StoredCandidate(id, created, updated, doc, cv, cv == null ? null : created);
    }

    private static void bump(java.util.concurrent.atomic.AtomicLong sequence, long used) {
        sequence.accumulateAndGet(used, Math::max);
    }
}
