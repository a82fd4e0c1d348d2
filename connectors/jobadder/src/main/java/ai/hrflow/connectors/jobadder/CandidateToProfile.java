package ai.hrflow.connectors.jobadder;

import static ai.hrflow.connectors.jobadder.Nodes.join;
import static ai.hrflow.connectors.jobadder.Nodes.text;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.mapping.Dates;
import ai.hrflow.connectors.api.mapping.Links;
import ai.hrflow.connectors.api.mapping.PersonName;
import ai.hrflow.connectors.api.mapping.Skills;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * JobAdder candidate (as the list or get returns it) → HrFlow profile, the default format of the inbound
 * profile actions ({@code format_jobadder_candidate_to_hrflow}). The profile's {@code reference} is the
 * JobAdder {@code candidateId}, which is how later update and archive runs find it again.
 *
 * <p>Name, contact, address (as location text and fields), social links, skill tags (as hard skills),
 * employment history plus the current position (as experiences), education, and JobAdder's status, rating and
 * source as tags, and custom fields that hold a value as tags named after the field. {@code text} is a plain
 * summary of the same data, since HrFlow searches it.
 *
 * <p>Cleaned with the shared rules of {@code ai.hrflow.connectors.api.mapping}: employment and education dates
 * as typed ({@code 2019-05}, {@code May 2019}, {@code 2019}) become HrFlow ISO dates, an end meaning "Present" or a
 * history entry flagged {@code current} (or matching {@code employment.current}) is an open end; skill tags are
 * split and de-duplicated; names are whitespace-collapsed and a nameless candidate takes its e-mail's local part
 * (neither: a format failure); only http/https/mailto social links are kept.
 */
final class CandidateToProfile {
    private CandidateToProfile() {
    }

    static ObjectNode apply(ObjectNode candidate) {
        ObjectNode p = Json.object();
        String id = text(candidate, "candidateId");
        if (id == null) {
            throw new IllegalArgumentException("the JobAdder candidate has no candidateId");
        }
        p.put("reference", id);
        ObjectNode info = p.putObject("info");
        PersonName name = PersonName.of(text(candidate, "firstName"), text(candidate, "lastName"), null,
                text(candidate, "email"), "the JobAdder candidate " + id);
        String first = name.first();
        String last = name.last();
        info.put("full_name", name.full()).put("first_name", first).put("last_name", last)
                .put("email", text(candidate, "email"))
                .put("phone", text(candidate, "mobile") != null ? text(candidate, "mobile") : text(candidate, "phone"))
                .put("date_birth", JobAdderDates.hrflowDateTime(text(candidate, "dateOfBirth")))
                .put("summary", text(candidate, "summary"));
        info.set("location", location(candidate.path("address")));
        info.set("urls", urls(candidate.path("social")));
        ArrayNode experiences = experiences(candidate.path("employment"));
        ArrayNode educations = educations(candidate);
        p.set("experiences", experiences);
        p.set("educations", educations);
        p.put("experiences_duration", years(experiences));
        p.put("educations_duration", years(educations));
        ArrayNode skills = p.putArray("skills");
        for (String tag : skillTags(candidate.get("skillTags"))) {
            skills.addObject().put("name", tag).put("type", "hard").putNull("value");
        }
        ArrayNode tags = p.putArray("tags");
        tag(tags, "jobadder_status", text(candidate.path("status"), "name"));
        tag(tags, "jobadder_rating", text(candidate, "rating"));
        tag(tags, "jobadder_source", text(candidate, "source"));
        customTags(tags, candidate);
        for (String empty : List.of("languages", "certifications", "courses", "tasks", "interests", "metadatas")) {
            p.putArray(empty);
        }
        p.put("created_at", text(candidate, "createdAt"));
        p.put("text_language", "en");
        p.put("text", searchableText(name.full(), candidate, experiences, educations));
        return p;
    }

    private static ObjectNode location(JsonNode address) {
        String street = String.join(", ", Nodes.texts(address.get("street")));
        String country = text(address, "country") != null ? text(address, "country") : text(address, "countryCode");
        ObjectNode location = Json.object();
        location.put("text", join(", ", street, text(address, "city"), text(address, "state"),
                text(address, "postalCode"), country));
        location.putNull("lat").putNull("lng");
        ObjectNode fields = location.putObject("fields");
        Nodes.put(fields, "road", street.isEmpty() ? null : street);
        Nodes.put(fields, "city", text(address, "city"));
        Nodes.put(fields, "state", text(address, "state"));
        Nodes.put(fields, "postcode", text(address, "postalCode"));
        Nodes.put(fields, "country", country);
        return location;
    }

    private static ArrayNode urls(JsonNode social) {
        ArrayNode urls = Json.array();
        if (social.isObject()) {
            social.fieldNames().forEachRemaining(type -> {
                String url = Links.safe(text(social, type));
                if (url != null) {
                    urls.addObject().put("type", type).put("url", url);
                }
            });
        }
        return urls;
    }

    private static ArrayNode experiences(JsonNode employment) {
        ArrayNode out = Json.array();
        JsonNode current = employment.path("current");
        String currentEmployer = text(current, "employer");
        String currentPosition = text(current, "position");
        boolean currentListed = false;
        for (JsonNode h : Nodes.elements(employment, "history")) {
            String typedEnd = text(h, "end");
            boolean open = typedEnd == null || Dates.meansNow(typedEnd) || h.path("current").asBoolean(false);
            String end = h.path("current").asBoolean(false) ? null : JobAdderDates.hrflowDateTime(typedEnd);
            currentListed |= open && currentEmployer != null && currentEmployer.equalsIgnoreCase(text(h, "employer"));
            out.add(experience(text(h, "employer"), text(h, "position"), text(h, "description"),
                    JobAdderDates.hrflowDateTime(text(h, "start")), end));
        }
        if (!currentListed && (currentEmployer != null || currentPosition != null)) {
            out.insert(0, experience(currentEmployer, currentPosition, null, null, null));
        }
        return out;
    }

    private static ObjectNode experience(String company, String title, String description, String start, String end) {
        ObjectNode xp = Json.object().put("company", company).put("title", title).put("description", description)
                .put("date_start", start).put("date_end", end);
        return withEmptyLists(xp);
    }

    private static ArrayNode educations(JsonNode candidate) {
        ArrayNode out = Json.array();
        for (JsonNode e : Nodes.elements(candidate, "education")) {
            String date = text(e, "date") != null ? text(e, "date") : text(e, "endDate");
            ObjectNode edu = Json.object().put("school", text(e, "institution")).put("title", text(e, "course"))
                    .putNull("description").putNull("date_start")
                    .put("date_end", JobAdderDates.hrflowDateTime(date));
            out.add(withEmptyLists(edu));
        }
        return out;
    }

    private static ObjectNode withEmptyLists(ObjectNode item) {
        ObjectNode location = item.putObject("location");
        location.putNull("text").putNull("lat").putNull("lng");
        for (String list : List.of("skills", "certifications", "courses", "tasks")) {
            item.putArray(list);
        }
        return item;
    }

    /** Years covered by the items that have both dates; deterministic (never "until today"). */
    private static double years(ArrayNode items) {
        long days = 0;
        for (JsonNode i : items) {
            String start = text(i, "date_start");
            String end = text(i, "date_end");
            if (start != null && end != null) {
                try {
                    days += Math.max(0, ChronoUnit.DAYS.between(LocalDate.parse(start.substring(0, 10)),
                            LocalDate.parse(end.substring(0, 10))));
                } catch (DateTimeParseException | IndexOutOfBoundsException unreadable) {
                    // a date HrFlow could not read either: it counts for nothing
                }
            }
        }
        return Math.round(days / 365.25 * 100) / 100.0;
    }

    /**
     * Strings on read per the contract; the job model's {@code {tags: [...]}} shape is accepted too. Split on the
     * separators people type into one tag and de-duplicated.
     */
    static List<String> skillTags(JsonNode skillTags) {
        if (skillTags != null && skillTags.isObject()) {
            return Skills.splitAll(Nodes.texts(skillTags.get("tags")));
        }
        return Skills.splitAll(Nodes.texts(skillTags));
    }

    /** {@code custom[{name, value}]} with a value (not null, not blank, not a list of nulls) as tags. */
    static void customTags(ArrayNode tags, JsonNode record) {
        for (JsonNode field : Nodes.elements(record, "custom")) {
            JsonNode value = field.path("value");
            String text = value.isArray() ? join(", ", Nodes.texts(value).toArray(String[]::new)) : text(field, "value");
            String fieldName = text(field, "name") != null ? text(field, "name") : text(field, "fieldId");
            if (fieldName != null) {
                tag(tags, "jobadder_custom_" + fieldName, text);
            }
        }
    }

    private static void tag(ArrayNode tags, String name, String value) {
        if (value != null) {
            tags.addObject().put("name", name).put("value", value);
        }
    }

    private static String searchableText(String name, JsonNode candidate, ArrayNode experiences,
            ArrayNode educations) {
        StringBuilder t = new StringBuilder();
        append(t, name);
        append(t, text(candidate, "summary"));
        for (JsonNode xp : experiences) {
            append(t, join(" at ", text(xp, "title"), text(xp, "company")));
        }
        for (JsonNode edu : educations) {
            append(t, join(", ", text(edu, "title"), text(edu, "school")));
        }
        List<String> skills = skillTags(candidate.get("skillTags"));
        append(t, skills.isEmpty() ? null : "Skills: " + String.join(", ", skills));
        return t.toString();
    }

    private static void append(StringBuilder t, String line) {
        if (line != null && !line.isBlank()) {
            t.append(t.length() == 0 ? "" : "\n").append(line);
        }
    }
}
