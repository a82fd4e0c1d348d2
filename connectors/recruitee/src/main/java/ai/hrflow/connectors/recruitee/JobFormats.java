package ai.hrflow.connectors.recruitee;

import static ai.hrflow.connectors.recruitee.ProfileFormats.text;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.spi.Format;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The default format from a Recruitee offer to an HrFlow job (contract 6.5). Fixed from the reference: an offer
 * without {@code requirements}, {@code description} or {@code highlight_html} is formatted (empty sections are
 * left out instead of failing), the remote tag reads {@code remote} (the reference read a key that does not
 * exist), and a {@code null} or absent salary gives no salary range instead of a crash.
 */
public final class JobFormats {

    /** {@code create_jobs_in_hrflow} and {@code update_jobs_in_hrflow}'s default. */
    public static final Format FORMAT_JOB = Format.named("format_job", JobFormats.class, JobFormats::job);

    private static final List<String> TAG_KEYS = List.of("category", "department", "options_cv",
            "options_cover_letter", "experience", "education", "employment_type", "remote", "number_of_openings",
            "candidates_count", "disqualified_candidates_count", "qualified_candidates_count",
            "hired_candidates_count", "email_confirmation_body", "status", "closed_at", "kind");

    private JobFormats() {
    }

    static ObjectNode job(ObjectNode offer) {
        String title = text(offer.path("title"));
        if (title == null) {
            throw new IllegalArgumentException("offer " + offer.path("id") + " has no title; HrFlow jobs need a name");
        }
        ObjectNode job = Json.object().put("name", title).put("reference", offer.path("id").asText())
                .put("created_at", text(offer.path("created_at"))).put("updated_at", text(offer.path("updated_at")));
        ObjectNode location = job.putObject("location").put("text", text(offer.path("location")));
        location.putNull("lat").putNull("lng");
        location.putObject("fields").put("city", text(offer.path("city"))).put("postcode", text(offer.path("postal_code")))
                .put("country", text(offer.path("country_code")));
        job.put("url", text(offer.path("url")));
        job.put("summary", text(offer.path("description")));
        job.put("requirements", text(offer.path("requirements")));
        ArrayNode sections = job.putArray("sections");
        section(sections, "job_requirements", "Job Requirements", offer.path("requirements"));
        section(sections, "job_description", "Job Description", offer.path("description"));
        section(sections, "job_highlights", "Job Highlights", offer.path("highlight_html"));
        job.set("tags", tags(offer));
        job.set("ranges_float", ranges(offer));
        return job;
    }

    private static void section(ArrayNode sections, String name, String title, JsonNode text) {
        String description = text(text);
        if (description != null) {
            sections.addObject().put("name", name).put("title", title).put("description", description);
        }
    }

    private static ArrayNode tags(ObjectNode offer) {
        ArrayNode tags = Json.array();
        for (String key : TAG_KEYS) {
            JsonNode value = offer.get(key);
            if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
                tags.addObject().put("name", key).put("value", value.asText());
            }
        }
        offer.path("offer_tags").forEach(t -> {
            if (text(t) != null) {
                tags.addObject().put("name", "offer_tag").put("value", text(t));
            }
        });
        return tags;
    }

    private static ArrayNode ranges(ObjectNode offer) {
        ArrayNode ranges = Json.array();
        JsonNode minHours = offer.path("min_hours");
        JsonNode maxHours = offer.path("max_hours");
        if (minHours.isNumber() || maxHours.isNumber()) {
            range(ranges, "working hours", minHours, maxHours, "Hours per week");
        }
        JsonNode salary = offer.path("salary");
        if (salary.isObject() && (salary.path("min").isNumber() || salary.path("max").isNumber())) {
            String period = text(salary.path("period"));
            range(ranges, period == null ? "salary" : "salary per " + period, salary.path("min"), salary.path("max"),
                    text(salary.path("currency")));
        }
        return ranges;
    }

    private static void range(ArrayNode ranges, String name, JsonNode min, JsonNode max, String unit) {
        ObjectNode r = ranges.addObject().put("name", name);
        r.set("value_min", min.isNumber() ? min : Json.object().nullNode());
        r.set("value_max", max.isNumber() ? max : Json.object().nullNode());
        r.put("unit", unit);
    }
}
