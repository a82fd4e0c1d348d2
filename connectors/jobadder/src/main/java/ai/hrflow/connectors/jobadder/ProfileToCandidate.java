package ai.hrflow.connectors.jobadder;

import static ai.hrflow.connectors.jobadder.Nodes.put;
import static ai.hrflow.connectors.jobadder.Nodes.putIfNotEmpty;
import static ai.hrflow.connectors.jobadder.Nodes.text;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.mapping.Dates;
import ai.hrflow.connectors.api.mapping.Links;
import ai.hrflow.connectors.api.mapping.MappingException;
import ai.hrflow.connectors.api.mapping.PersonName;
import ai.hrflow.connectors.api.mapping.Skills;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HrFlow profile → JobAdder candidate (the create/update command body), the default format of the outbound
 * profile actions ({@code format_profile_to_jobadder}). Fixes over the reference's format:
 * <ul>
 *   <li>education goes to {@code education[{institution, course, date}]} and experiences to
 *       {@code employment.history[{employer, position, start, end, description}]}, the model's keys (the
 *       reference sent {@code educations}/{@code employments}, which JobAdder ignores or refuses);</li>
 *   <li>the address comes from the profile's location (the reference sent every field null);</li>
 *   <li>names come from {@code full_name} when first/last are missing, whitespace collapsed and split on the
 *       last space; JobAdder requires both, so a profile with a one-word name, or none (the e-mail's local part
 *       stands in for it), is a format failure saying so rather than a refused write;</li>
 *   <li>no null is ever sent: an update replaces every field it is given, so a null would erase data;</li>
 *   <li>dates are plain {@code yyyy-MM-dd} whatever form the profile holds ({@code 2019-05}, {@code May 2019}:
 *       the period's first day; "Present": no end); skills are split on typed separators and de-duplicated
 *       ignoring case and accents; only http/https/mailto social links are sent; the profile's
 *       {@code reference} becomes {@code candidateId} when it is a JobAdder id (update flows; a create ignores
 *       it).</li>
 * </ul>
 * Education {@code date} follows the contract; the official spec names it {@code endDate} [?], which the
 * inbound format also reads.
 */
final class ProfileToCandidate {
    private static final Map<String, String> SOCIAL = Map.of("linkedin", "linkedin", "twitter", "twitter",
            "facebook", "facebook", "youtube", "youtube");

    private ProfileToCandidate() {
    }

    static ObjectNode apply(ObjectNode profile) {
        JsonNode info = profile.path("info");
        ObjectNode c = Json.object();
        String reference = text(profile, "reference");
        if (reference != null && reference.matches("\\d{1,18}")) {
            c.put("candidateId", Long.parseLong(reference));
        }
        names(profile, c);
        put(c, "email", text(info, "email"));
        put(c, "phone", text(info, "phone"));
        put(c, "dateOfBirth", JobAdderDates.datePart(text(info, "date_birth")));
        put(c, "summary", text(info, "summary") != null ? text(info, "summary") : text(profile, "summary"));
        putIfNotEmpty(c, "address", address(info.path("location")));
        putIfNotEmpty(c, "social", social(info.get("urls")));
        putIfNotEmpty(c, "skillTags", skills(profile));
        putIfNotEmpty(c, "employment", employment(profile));
        putIfNotEmpty(c, "education", education(profile));
        return c;
    }

    private static void names(JsonNode profile, ObjectNode c) {
        JsonNode info = profile.path("info");
        String what = "the HrFlow profile " + text(profile, "key");
        PersonName name = PersonName.of(text(info, "first_name"), text(info, "last_name"), text(info, "full_name"),
                text(info, "email"), what);
        String first = name.first();
        String last = name.last();
        if (first == null || last == null) {
            throw new MappingException(what + " has no " + (first == null ? "first" : "last") + " name (its name is \""
                    + name.full() + "\") and JobAdder requires a first and a last name");
        }
        c.put("firstName", first);
        c.put("lastName", last);
    }

    private static ObjectNode address(JsonNode location) {
        ObjectNode a = Json.object();
        JsonNode fields = location.path("fields");
        String street = text(fields, "road") != null
                ? Nodes.join(" ", text(fields, "house_number"), text(fields, "road")) : null;
        if (street == null && text(fields, "city") == null) {
            street = text(location, "text"); // only free text: keep it rather than lose it
        }
        if (street != null) {
            a.putArray("street").add(street);
        }
        put(a, "city", text(fields, "city"));
        put(a, "state", text(fields, "state"));
        put(a, "postalCode", text(fields, "postcode"));
        put(a, "country", text(fields, "country"));
        return a;
    }

    /** {@code info.urls}: a list of {@code {type, url}}, or the older object form {@code {linkedin: url}}. */
    private static ObjectNode social(JsonNode urls) {
        ObjectNode s = Json.object();
        if (urls == null || urls.isNull()) {
            return s;
        }
        if (urls.isArray()) {
            for (JsonNode u : urls) {
                String key = SOCIAL.get(String.valueOf(text(u, "type")).toLowerCase(Locale.ROOT));
                String url = Links.safe(text(u, "url"));
                if (key != null && url != null && !s.has(key)) {
                    s.put(key, url);
                }
            }
        } else if (urls.isObject()) {
            SOCIAL.forEach((from, to) -> put(s, to, Links.safe(text(urls, from))));
        }
        return s;
    }

    private static ArrayNode skills(JsonNode profile) {
        List<String> names = new ArrayList<>();
        for (JsonNode skill : Nodes.elements(profile, "skills")) {
            String name = skill.isObject() ? text(skill, "name") : skill.isTextual() ? skill.asText() : null;
            if (name != null) {
                names.add(name);
            }
        }
        return Nodes.addAll(Json.array(), Skills.splitAll(names));
    }

    private static ObjectNode employment(JsonNode profile) {
        ObjectNode employment = Json.object();
        ArrayNode history = Json.array();
        ObjectNode current = null;
        for (JsonNode xp : Nodes.elements(profile, "experiences")) {
            ObjectNode h = Json.object();
            put(h, "employer", text(xp, "company"));
            put(h, "position", text(xp, "title"));
            put(h, "start", JobAdderDates.datePart(text(xp, "date_start")));
            put(h, "end", JobAdderDates.datePart(text(xp, "date_end")));
            put(h, "description", text(xp, "description"));
            if (h.isEmpty()) {
                continue;
            }
            history.add(h);
            boolean open = text(xp, "date_end") == null || Dates.meansNow(text(xp, "date_end"));
            if (current == null && open && text(xp, "company") != null) {
                current = put(put(Json.object(), "employer", text(xp, "company")), "position", text(xp, "title"));
            }
        }
        putIfNotEmpty(employment, "current", current);
        putIfNotEmpty(employment, "history", history);
        return employment;
    }

    private static ArrayNode education(JsonNode profile) {
        ArrayNode out = Json.array();
        for (JsonNode edu : Nodes.elements(profile, "educations")) {
            ObjectNode e = Json.object();
            put(e, "institution", text(edu, "school"));
            put(e, "course", text(edu, "title") != null ? text(edu, "title") : text(edu, "description"));
            String end = JobAdderDates.datePart(text(edu, "date_end"));
            put(e, "date", end != null ? end : JobAdderDates.datePart(text(edu, "date_start")));
            if (!e.isEmpty()) {
                out.add(e);
            }
        }
        return out;
    }
}
