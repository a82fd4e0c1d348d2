package ai.hrflow.connectors.jobadder;

import static ai.hrflow.connectors.jobadder.Nodes.join;
import static ai.hrflow.connectors.jobadder.Nodes.text;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.mapping.Amount;
import ai.hrflow.connectors.api.mapping.Html;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * JobAdder job (job order, as the list or get returns it) → HrFlow job, the default format of the inbound job
 * actions ({@code format_jobadder_job_to_hrflow}). {@code reference} is the JobAdder {@code jobId}.
 *
 * <p>Title, summary, the description as a section (the official model calls it {@code jobDescription}, the
 * contract {@code description} [?]: both are read), location from the job's location and workplace address,
 * skill tags as hard skills, salary as a float range, start date as a date range, and company, work type,
 * category, status and valued custom fields as tags. Summary and description reach HrFlow without active content
 * (scripts, styles, event handlers, unsafe links); skill tags are split and de-duplicated; a salary given as text
 * ({@code "80,000"}, {@code "80k-90k"}) is read as numbers rather than dropped.
 */
final class JobToHrFlow {
    private JobToHrFlow() {
    }

    static ObjectNode apply(ObjectNode job) {
        String id = text(job, "jobId");
        String title = text(job, "jobTitle");
        if (id == null || title == null) {
            throw new IllegalArgumentException("the JobAdder job has no " + (id == null ? "jobId" : "jobTitle")
                    + " (HrFlow needs a reference and a name)");
        }
        ObjectNode h = Json.object().put("reference", id).put("name", title)
                .put("summary", Html.sanitize(text(job, "summary")));
        h.set("location", location(job));
        ArrayNode sections = h.putArray("sections");
        String description = Html.sanitize(text(job, "jobDescription") != null ? text(job, "jobDescription")
                : text(job, "description"));
        if (description != null) {
            sections.addObject().put("name", "jobadder_description").put("title", "Description")
                    .put("description", description);
        }
        ArrayNode skills = h.putArray("skills");
        for (String tag : CandidateToProfile.skillTags(job.get("skillTags"))) {
            skills.addObject().put("name", tag).put("type", "hard").putNull("value");
        }
        ArrayNode tags = h.putArray("tags");
        tag(tags, "jobadder_company", text(job.path("company"), "name"));
        tag(tags, "jobadder_work_type", text(job.path("workType"), "name") != null
                ? text(job.path("workType"), "name") : text(job, "workType"));
        tag(tags, "jobadder_category", text(job.path("category"), "name"));
        tag(tags, "jobadder_sub_category", text(job.path("category").path("subCategory"), "name"));
        tag(tags, "jobadder_status", text(job.path("status"), "name"));
        CandidateToProfile.customTags(tags, job);
        JsonNode active = job.path("status").path("active");
        if (active.isBoolean()) {
            tags.addObject().put("name", "jobadder_active").put("value", active.asBoolean());
        }
        h.set("ranges_float", salary(job.path("salary")));
        ArrayNode dates = h.putArray("ranges_date");
        String start = JobAdderDates.hrflowDateTime(text(job.path("start"), "date"));
        if (start != null) {
            dates.addObject().put("name", "start").put("value_min", start).putNull("value_max");
        }
        for (String empty : List.of("languages", "certifications", "courses", "tasks", "metadatas")) {
            h.putArray(empty);
        }
        h.put("created_at", text(job, "createdAt"));
        return h;
    }

    private static ObjectNode location(JsonNode job) {
        JsonNode place = job.path("workplaceAddress");
        JsonNode loc = job.path("location");
        String street = String.join(", ", Nodes.texts(place.get("street")));
        String city = text(place, "city");
        String country = text(place, "country") != null ? text(place, "country") : text(place, "countryCode");
        ObjectNode location = Json.object();
        String text = join(", ", street, city, text(place, "state"), text(place, "postalCode"), country);
        location.put("text", text != null ? text : join(", ", text(loc.path("area"), "name"), text(loc, "name")));
        location.putNull("lat").putNull("lng");
        ObjectNode fields = location.putObject("fields");
        Nodes.put(fields, "road", street.isEmpty() ? null : street);
        Nodes.put(fields, "city", city != null ? city : text(loc, "name"));
        Nodes.put(fields, "state", text(place, "state"));
        Nodes.put(fields, "postcode", text(place, "postalCode"));
        Nodes.put(fields, "country", country);
        return location;
    }

    private static ArrayNode salary(JsonNode salary) {
        ArrayNode ranges = Json.array();
        Amount rate = Amount.between(Amount.of(salary.path("rateLow")), Amount.of(salary.path("rateHigh")));
        if (rate != null) {
            ObjectNode r = ranges.addObject().put("name", "salary");
            r.put("value_min", rate.min()).put("value_max", rate.max());
            String currency = text(salary, "currency") != null ? text(salary, "currency") : rate.currency();
            r.put("unit", join(" per ", currency, text(salary, "ratePer")));
        }
        return ranges;
    }

    private static void tag(ArrayNode tags, String name, String value) {
        if (value != null) {
            tags.addObject().put("name", name).put("value", value);
        }
    }
}
