package ai.hrflow.connectors.recruitee;

import static ai.hrflow.connectors.recruitee.ProfileFormats.text;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.mapping.Dates;
import ai.hrflow.connectors.api.mapping.Html;
import ai.hrflow.connectors.api.mapping.Links;
import ai.hrflow.connectors.api.mapping.PersonName;
import ai.hrflow.connectors.api.mapping.Skills;
import ai.hrflow.connectors.api.spi.Format;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Default formats from a Recruitee candidate (detail) to an HrFlow profile (contract 6.4), and the archive format
 * shared by profiles and jobs. Fixed from the reference: skills are not repeated as a tag (it excluded
 * {@code skill}, the kind is {@code skills}), gender is not repeated either, tag values are text (HrFlow tags
 * hold strings) and null ones are left out, missing keys in a profile field's values are tolerated, and social
 * links keep their network as URL type. The CV is referenced by its URL in {@code attachments}, not downloaded.
 *
 * <p>Cleaned with the shared rules of {@code ai.hrflow.connectors.api.mapping}: education and experience dates as
 * typed become HrFlow ISO dates ("Present": an open end), skills are split and de-duplicated, the name is
 * whitespace-collapsed and split on its last space (no name: the e-mail's local part; neither: a format failure),
 * only http/https/mailto links are kept, the cover letter loses active HTML, and a profile field whose values are
 * all empty gives no tag.
 */
public final class CandidateFormats {

    /** {@code create_profiles_in_hrflow} and {@code update_profiles_in_hrflow}'s default. */
    public static final Format FORMAT_RECRUITEE_CANDIDATE =
            Format.named("format_recruitee_candidate", CandidateFormats.class, CandidateFormats::profile);

    /** The archive flows' default: {@code {"reference": "<id>"}}. */
    public static final Format FORMAT_ARCHIVE_IN_HRFLOW =
            Format.named("format_archive_in_hrflow", CandidateFormats.class, CandidateFormats::reference);

    private static final Set<String> MAPPED_KINDS = Set.of("education", "experience", "language_skill", "skills",
            "skill", "date_of_birth", "address", "gender");
    private static final List<String> TAG_KEYS = List.of("source", "sources", "positive_ratings",
            "grouped_open_question_answers", "cover_letter", "last_message_at");
    private static final List<String> SOCIAL = List.of("linkedin", "github", "twitter", "facebook");

    private CandidateFormats() {
    }

    static ObjectNode reference(ObjectNode item) {
        JsonNode id = item.path("id");
        if (!id.isIntegralNumber() && text(id) == null) {
            throw new IllegalArgumentException("the item has no Recruitee id");
        }
        return Json.object().put("reference", id.asText());
    }

    static ObjectNode profile(ObjectNode c) {
        JsonNode fields = c.path("fields");
        ObjectNode p = Json.object().put("reference", c.path("id").asText());
        p.set("text", c.path("description").isTextual() ? c.get("description") : Json.object().nullNode());
        ObjectNode info = p.putObject("info");
        PersonName name = PersonName.of(null, null, text(c.path("name")), first(c.path("emails")),
                "the Recruitee candidate " + c.path("id").asText());
        info.put("full_name", name.full()).put("first_name", name.first()).put("last_name", name.last());
        info.put("email", first(c.path("emails"))).put("phone", first(c.path("phones")));
        info.put("date_birth", Dates.toHrFlow(text(value(fields, "date_of_birth").path("date"))));
        info.put("gender", text(value(fields, "gender").path("value")));
        info.put("picture", text(c.path("photo_url")));
        info.set("urls", urls(c));
        info.putObject("location").put("text", text(value(fields, "address").path("text"))).putNull("lat")
                .putNull("lng");
        p.put("created_at", text(c.path("created_at"))).put("updated_at", text(c.path("updated_at")));
        p.set("educations", educations(fields));
        p.set("experiences", experiences(fields));
        ArrayNode languages = p.putArray("languages");
        values(fields, "language_skill").forEach(l -> languages.addObject()
                .put("name", text(l.path("language_name"))).put("value", text(l.path("level"))));
        ArrayNode skills = p.putArray("skills");
        List<String> typed = new ArrayList<>();
        values(fields, "skills").forEach(s -> typed.add(text(s.isObject() ? s.path("text") : s)));
        Skills.splitAll(typed.stream().filter(t -> t != null).toList())
                .forEach(skill -> skills.addObject().put("name", skill).putNull("value"));
        String cv = text(c.path("cv_original_url"));
        ArrayNode attachments = p.putArray("attachments");
        if (cv != null) {
            attachments.addObject().put("type", "resume").put("public_url", cv).put("file_name", "original_cv");
        }
        p.set("tags", tags(c, fields));
        return p;
    }

    private static ArrayNode urls(ObjectNode c) {
        ArrayNode urls = Json.array();
        c.path("social_links").forEach(u -> addUrl(urls, text(u), true));
        c.path("links").forEach(u -> addUrl(urls, text(u), false));
        return urls;
    }

    private static void addUrl(ArrayNode urls, String typed, boolean social) {
        String url = Links.safe(typed);
        if (url == null) {
            return;
        }
        String type = "from_resume";
        if (social) {
            String lower = url.toLowerCase(Locale.ROOT);
            type = SOCIAL.stream().filter(lower::contains).findFirst().orElse(type);
        }
        urls.addObject().put("type", type).put("url", url);
    }

    private static ArrayNode educations(JsonNode fields) {
        ArrayNode out = Json.array();
        values(fields, "education").forEach(e -> {
            ObjectNode o = out.addObject().put("school", text(e.path("school"))).put("title", text(e.path("major")))
                    .put("date_start", Dates.toHrFlow(text(e.path("start_date"))))
                    .put("date_end", Dates.toHrFlow(text(e.path("end_date"))))
                    .put("description", text(e.path("description")));
            o.putObject("location").putNull("text").putNull("lat").putNull("lng");
        });
        return out;
    }

    private static ArrayNode experiences(JsonNode fields) {
        ArrayNode out = Json.array();
        values(fields, "experience").forEach(e -> {
            ObjectNode o = out.addObject().put("company", text(e.path("company"))).put("title", text(e.path("title")))
                    .put("date_start", Dates.toHrFlow(text(e.path("start_date"))))
                    .put("date_end", Dates.toHrFlow(text(e.path("end_date"))))
                    .put("description", text(e.path("description")));
            o.putObject("location").put("text", text(e.path("location"))).putNull("lat").putNull("lng");
        });
        return out;
    }

    private static ArrayNode tags(ObjectNode c, JsonNode fields) {
        ArrayNode tags = Json.array();
        TAG_KEYS.forEach(key -> tag(tags, key, "cover_letter".equals(key) ? coverLetter(c) : c.get(key)));
        boolean hired = false;
        for (JsonNode placement : c.path("placements")) {
            hired |= placement.path("hired_in_this_placement").asBoolean(false)
                    || text(placement.path("hired_at")) != null;
        }
        tag(tags, "is_hired", Json.object().booleanNode(hired));
        for (JsonNode field : fields) {
            String kind = field.path("kind").asText();
            if (!MAPPED_KINDS.contains(kind)) {
                String name = text(field.path("name")) != null ? text(field.path("name")) : kind;
                tag(tags, name, field.path("values"));
            }
        }
        c.path("tags").forEach(t -> tag(tags, "candidate_tag", t));
        return tags;
    }

    /** The cover letter without active HTML content, or null. */
    private static JsonNode coverLetter(ObjectNode c) {
        String clean = Html.sanitize(text(c.path("cover_letter")));
        return clean == null ? null : Json.object().textNode(clean);
    }

    private static void tag(ArrayNode tags, String name, JsonNode raw) {
        JsonNode value = withoutNulls(raw);
        if (value == null) {
            return;
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        if (!text.isBlank()) {
            tags.addObject().put("name", name).put("value", text);
        }
    }

    /**
     * The value without its nulls and blanks: a list or object that holds nothing else is no value at all
     * ({@code [null]}, {@code [{"value": null}]}), so a custom field left empty makes no tag.
     */
    static JsonNode withoutNulls(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()
                || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        if (value.isArray()) {
            ArrayNode kept = Json.array();
            value.forEach(v -> {
                JsonNode k = withoutNulls(v);
                if (k != null) {
                    kept.add(k);
                }
            });
            return kept.isEmpty() ? null : kept;
        }
        if (value.isObject()) {
            ObjectNode kept = Json.object();
            value.properties().forEach(e -> {
                JsonNode k = withoutNulls(e.getValue());
                if (k != null) {
                    kept.set(e.getKey(), k);
                }
            });
            return kept.isEmpty() ? null : kept;
        }
        return value;
    }

    /** The {@code values} of the first field of {@code kind}, or an empty array. */
    private static JsonNode values(JsonNode fields, String kind) {
        for (JsonNode f : fields) {
            if (kind.equals(f.path("kind").asText())) {
                return f.path("values");
            }
        }
        return Json.array();
    }

    private static JsonNode value(JsonNode fields, String kind) {
        return values(fields, kind).path(0);
    }

    private static String first(JsonNode list) {
        for (JsonNode v : list) {
            String t = text(v);
            if (t != null) {
                return t;
            }
        }
        return null;
    }
}
