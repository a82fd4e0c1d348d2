package ai.hrflow.connectors.recruitee;

import static ai.hrflow.connectors.recruitee.ProfileFormats.text;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.mapping.Amount;
import ai.hrflow.connectors.api.mapping.Html;
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
 *
 * <p>The salary is kept however Recruitee gives it ({@code {min, max, currency, period}}): numbers or numeric text
 * ({@code "40000.0"}, {@code "40,000"}, {@code "45k"}), a range in one value ({@code "40000-50000"}), a currency
 * written in the amount ({@code "€40k"}) when {@code currency} is empty; text with no number at all
 * ({@code "competitive"}) is kept as a {@code salary} tag. Description, requirements and highlights (HTML) reach
 * HrFlow without active content (scripts, styles, event handlers, unsafe links).
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
        job.put("summary", Html.sanitize(text(offer.path("description"))));
        job.put("requirements", Html.sanitize(text(offer.path("requirements"))));
        ArrayNode sections = job.putArray("sections");
        section(sections, "job_requirements", "Job Requirements", offer.path("requirements"));
        section(sections, "job_description", "Job Description", offer.path("description"));
        section(sections, "job_highlights", "Job Highlights", offer.path("highlight_html"));
        job.set("tags", tags(offer));
        job.set("ranges_float", ranges(offer));
        return job;
    }

    private static void section(ArrayNode sections, String name, String title, JsonNode text) {
        String description = Html.sanitize(text(text));
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
        JsonNode salary = offer.path("salary");
        if (salary.isObject() && salaryRange(salary) == null) {
            String typed = String.join(" ", java.util.stream.Stream.of(text(salary.path("min")),
                    text(salary.path("max")), text(salary.path("currency")), text(salary.path("period")))
                    .filter(v -> v != null).toList());
            if (!typed.isEmpty()) {
                tags.addObject().put("name", "salary").put("value", typed); // no number to range: kept as typed
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
        Amount hours = Amount.between(Amount.of(offer.path("min_hours")), Amount.of(offer.path("max_hours")));
        if (hours != null) {
            range(ranges, "working hours", hours, "Hours per week");
        }
        JsonNode salary = offer.path("salary");
        Amount amount = salary.isObject() ? salaryRange(salary) : null;
        if (amount != null) {
            String period = text(salary.path("period"));
            String currency = text(salary.path("currency")) != null ? text(salary.path("currency")) : amount.currency();
            range(ranges, period == null ? "salary" : "salary per " + period, amount, currency);
        }
        return ranges;
    }

    /** The salary's range from {@code min} and {@code max}, numbers or text; null when neither holds a number. */
    static Amount salaryRange(JsonNode salary) {
        return Amount.between(Amount.of(salary.path("min")), Amount.of(salary.path("max")));
    }

    private static void range(ArrayNode ranges, String name, Amount amount, String unit) {
        ranges.addObject().put("name", name).put("value_min", amount.min()).put("value_max", amount.max())
                .put("unit", unit);
    }
}
