package ai.hrflow.connectors.emulators.recruitee;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** How candidates and offers are shown: candidate detail and list summary, offer detail, list and brief forms. */
final class Views {
    /** The keys of a candidate in lists (contract 3.1); everything else is detail-only. */
    static final List<String> SUMMARY_KEYS = List.of("id", "name", "emails", "phones", "created_at", "updated_at",
            "source", "referrer", "admin_id", "adminapp_url", "initials", "has_avatar", "photo_thumb_url", "example",
            "followed", "viewed", "last_message_at", "notes_count", "tasks_count", "rating", "ratings",
            "ratings_count", "positive_ratings", "my_last_rating", "my_pending_result_request",
            "pending_result_request", "upcoming_event", "my_upcoming_event", "unread_notifications", "placements");
    /** Offer keys left out of lists in {@code default} view mode (the pipeline is detail-only). */
    static final List<String> OFFER_DETAIL_ONLY = List.of("pipeline_template");
    static final List<String> OFFER_BRIEF_KEYS = List.of("id", "title", "status", "kind");

    private Views() {
    }

    /** The full candidate; the CV shows once Recruitee would have processed it. */
    static ObjectNode detail(StoredCandidate c, Instant now, Duration cvDelay) {
        ObjectNode out = c.doc().deepCopy();
        boolean processed = c.cvUrl() != null && !now.isBefore(c.cvReceivedAt().plus(cvDelay));
        if (processed) {
            out.put("cv_url", c.cvUrl());
            out.put("cv_original_url", c.cvUrl());
            out.put("cv_pdf_url", c.cvUrl());
            out.put("cv_processing_status", "ok");
        } else {
            out.putNull("cv_url");
            out.putNull("cv_original_url");
            out.putNull("cv_pdf_url");
            out.put("cv_processing_status", c.cvUrl() == null ? "missing" : "pending");
        }
        out.put("attachments_count", processed ? 1 : 0);
        return out;
    }

    static ObjectNode summary(StoredCandidate c) {
        ObjectNode out = Json.object();
        for (String key : SUMMARY_KEYS) {
            JsonNode v = c.doc().get(key);
            if (v != null) {
                out.set(key, v.deepCopy());
            }
        }
        return out;
    }

    /** The offer with its live candidate counter. */
    static ObjectNode offerDetail(ObjectNode offer, Company company) {
        ObjectNode out = offer.deepCopy();
        long id = offer.path("id").asLong();
        out.put("candidates_count", offer.path("candidates_count").asInt() + company.placements(id));
        return out;
    }

    static ObjectNode offerInList(ObjectNode offer, Company company, boolean brief) {
        ObjectNode detail = offerDetail(offer, company);
        if (brief) {
            ObjectNode out = Json.object();
            OFFER_BRIEF_KEYS.forEach(k -> out.set(k, detail.path(k).deepCopy()));
            return out;
        }
        detail.remove(OFFER_DETAIL_ONLY);
        return detail;
    }
}
