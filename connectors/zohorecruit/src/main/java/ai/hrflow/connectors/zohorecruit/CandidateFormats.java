package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.mapping.Dates;
import ai.hrflow.connectors.api.mapping.Links;
import ai.hrflow.connectors.api.mapping.PersonName;
import ai.hrflow.connectors.api.mapping.Skills;
import ai.hrflow.connectors.api.spi.Format;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The default formats between a Zoho Recruit candidate (contract §4.1, §4.3) and an HrFlow profile. They map
 * what the reference maps, with its bugs fixed: every field is optional (no KeyError on a record without
 * {@code Skill_Set} or subforms), skills go to {@code Skill_Set} (the reference wrote the legacy label
 * {@code skillSet}, which v2 drops), experiences come from {@code Experience_Details} (not
 * {@code Experience_in_Years}), education dates from {@code Duration} (not {@code Education_Duration}), and no
 * read-only field ({@code Full_Name}, {@code Created_Time}, {@code Updated_On}) is sent to Zoho. The HrFlow
 * {@code reference} is the Zoho record id both ways, so create, update and archive line up.
 *
 * <p>Values are cleaned with the shared rules of {@code ai.hrflow.connectors.api.mapping}: subform dates as
 * typed ({@code 05-2019}, {@code May 2019}, {@code 2019}) become HrFlow ISO dates and "Present" or a ticked
 * {@code I_currently_work_here} / {@code Currently_pursuing} an absent end; {@code Skill_Set} is split on the
 * usual separators and de-duplicated; names are whitespace-collapsed and a nameless record takes its e-mail's
 * local part (neither: a format failure); only http/https/mailto links are kept; {@code Associated_Tags} become
 * tags.
 */
public final class CandidateFormats {

    /** Zoho candidate → HrFlow profile: the inbound create and update flows. */
    public static final Format ZOHO_CANDIDATE_TO_HRFLOW =
            Format.named("format_zoho_candidate_to_hrflow", CandidateFormats.class, CandidateFormats::toProfile);

    /** HrFlow profile → Zoho candidate: the outbound create and update flows and {@code push_profile_list}. */
    public static final Format HRFLOW_PROFILE_TO_ZOHO =
            Format.named("format_hrflow_profile_to_zoho", CandidateFormats.class, CandidateFormats::toCandidate);

    /** Candidate fields kept as HrFlow tags (v2 API names; the reference also listed a non-existent one). */
    private static final List<String> TAGS = List.of("Current_Job_Title", "Current_Salary", "Expected_Salary",
            "Current_Employer", "Highest_Qualification_Held", "Source", "Origin", "Candidate_Status",
            "Candidate_Stage", "Is_Unqualified", "Additional_Info", "$applied_with_linkedin", "No_of_Applications");

    /**
     * The subform date form sent to Zoho. Zoho does not document it; its UI keeps month and year, which is the
     * {@code MM-yyyy} form Zoho shows [?: confirm with {@code GET /settings/fields} on a real org].
     */
    static final DateTimeFormatter ZOHO_MONTH = DateTimeFormatter.ofPattern("MM-yyyy");

    private CandidateFormats() {
    }

    static ObjectNode toProfile(ObjectNode candidate) {
        ObjectNode profile = Json.object();
        Fields.put(profile, "reference", Fields.text(candidate, "id"));
        ObjectNode info = profile.putObject("info");
        PersonName name = PersonName.of(Fields.text(candidate, "First_Name"), Fields.text(candidate, "Last_Name"),
                Fields.text(candidate, "Full_Name"), Fields.text(candidate, "Email"),
                "the Zoho candidate " + Fields.text(candidate, "id"));
        info.put("full_name", name.full());
        Fields.putOrNull(info, "first_name", name.first());
        Fields.putOrNull(info, "last_name", name.last());
        Fields.putOrNull(info, "email", Fields.text(candidate, "Email"));
        String phone = Fields.text(candidate, "Phone");
        Fields.putOrNull(info, "phone", phone != null ? phone : Fields.text(candidate, "Mobile"));
        info.set("location", location(candidate, Fields.text(candidate, "Street")));
        info.set("urls", urls(candidate));
        Fields.put(profile, "created_at", Fields.text(candidate, "Created_Time"));
        String modified = Fields.text(candidate, "Modified_Time");
        Fields.put(profile, "updated_at", modified != null ? modified : Fields.text(candidate, "Updated_On"));
        profile.putNull("experiences_duration");
        Fields.putNumber(profile, "experiences_duration", candidate.path("Experience_in_Years"));
        profile.putNull("educations_duration");
        profile.set("experiences", experiences(candidate));
        profile.set("educations", educations(candidate));
        profile.set("skills", Fields.skills(Skills.split(Fields.text(candidate, "Skill_Set")), "hard"));
        profile.set("tags", withAssociatedTags(tags(candidate, TAGS), candidate));
        return profile;
    }

    /** HrFlow location from a Zoho address: a text of the parts present, and the parts as fields. */
    static ObjectNode location(JsonNode record, String street) {
        String city = Fields.text(record, "City");
        String state = Fields.text(record, "State");
        String country = Fields.text(record, "Country");
        String zip = Fields.text(record, "Zip_Code");
        ObjectNode location = Json.object();
        Fields.putOrNull(location, "text", Fields.joined(street, city, state, country, zip));
        location.putNull("lat");
        location.putNull("lng");
        ObjectNode fields = location.putObject("fields");
        Fields.put(fields, "road", street);
        Fields.put(fields, "city", city);
        Fields.put(fields, "state", state);
        Fields.put(fields, "country", country);
        Fields.put(fields, "postcode", zip);
        return location;
    }

    private static ArrayNode urls(JsonNode candidate) {
        ArrayNode urls = Json.array();
        String[][] known = {{"linkedin", "LinkedIn__s"}, {"facebook", "Facebook__s"}, {"twitter", "Twitter"},
            {"from_resume", "Website"}};
        for (String[] pair : known) {
            String url = Links.safe(Fields.text(candidate, pair[1]));
            if (url != null) {
                urls.addObject().put("type", pair[0]).put("url", url);
            }
        }
        return urls;
    }

    private static ArrayNode experiences(JsonNode candidate) {
        ArrayNode out = Json.array();
        for (JsonNode row : Fields.list(candidate, "Experience_Details")) {
            ObjectNode e = entry(Fields.text(row, "Occupation_Title"), Fields.text(row, "Summary"),
                    row.path("Work_Duration"), row.path("I_currently_work_here").asBoolean(false));
            Fields.putOrNull(e, "company", Fields.text(row, "Company"));
            out.add(e);
        }
        return out;
    }

    private static ArrayNode educations(JsonNode candidate) {
        ArrayNode out = Json.array();
        for (JsonNode row : Fields.list(candidate, "Educational_Details")) {
            JsonNode duration = row.path("Duration").isObject() ? row.path("Duration") : row.path("Education_Duration");
            ObjectNode e = entry(Fields.text(row, "Degree"), Fields.text(row, "Major_Department"), duration,
                    row.path("Currently_pursuing").asBoolean(false));
            Fields.putOrNull(e, "school", Fields.text(row, "Institute_School"));
            out.add(e);
        }
        return out;
    }

    private static ObjectNode entry(String title, String description, JsonNode duration, boolean current) {
        ObjectNode e = Json.object();
        Fields.putOrNull(e, "title", title);
        Fields.putOrNull(e, "description", description);
        Fields.putOrNull(e, "date_start", Dates.toHrFlow(Fields.text(duration, "from")));
        Fields.putOrNull(e, "date_end", current ? null : Dates.toHrFlow(Fields.text(duration, "to")));
        e.putNull("location");
        e.putArray("skills");
        e.putArray("certifications");
        e.putArray("courses");
        e.putArray("tasks");
        return e;
    }

    /** {@code [{name, value}]} for each listed field the record has, values as text. */
    static ArrayNode tags(JsonNode record, List<String> fields) {
        ArrayNode tags = Json.array();
        for (String field : fields) {
            JsonNode value = record.path(field);
            String text = value.isArray() ? names(value) : Fields.text(record, field);
            if (text != null) {
                tags.addObject().put("name", field).put("value", text);
            }
        }
        return tags;
    }

    /** {@code Associated_Tags} (strings or {@code {name, id}} lookups [?]) added as one tag each. */
    static ArrayNode withAssociatedTags(ArrayNode tags, JsonNode record) {
        for (JsonNode tag : record.path("Associated_Tags")) {
            String name = tag.isObject() ? Fields.text(tag, "name") : Fields.text(tag);
            if (name != null) {
                tags.addObject().put("name", "Associated_Tags").put("value", name);
            }
        }
        return tags;
    }

    /** The names of a list of lookups or strings, comma-separated; null when empty. */
    static String names(JsonNode list) {
        List<String> names = new ArrayList<>();
        for (JsonNode element : list) {
            String name = element.isObject() ? Fields.text(element, "name") : Fields.text(element);
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    static ObjectNode toCandidate(ObjectNode profile) {
        ObjectNode candidate = Json.object();
        // the Zoho id for updates and deletes; dropped by the writer on insert, where it is read-only
        Fields.put(candidate, "id", Fields.text(profile, "reference"));
        JsonNode info = profile.path("info");
        PersonName name = PersonName.of(Fields.text(info, "first_name"), Fields.text(info, "last_name"),
                Fields.text(info, "full_name"), Fields.text(info, "email"),
                "the HrFlow profile " + Fields.text(profile, "key"));
        // Last_Name is mandatory in Zoho: a one-word name is the last name
        Fields.put(candidate, "First_Name", name.last() == null ? null : name.first());
        Fields.put(candidate, "Last_Name", name.last() == null ? name.first() : name.last());
        Fields.put(candidate, "Email", Fields.text(info, "email"));
        Fields.put(candidate, "Phone", Fields.text(info, "phone"));
        Fields.put(candidate, "Skill_Set", skillSet(profile));
        Fields.putNumber(candidate, "Experience_in_Years", profile.path("experiences_duration"));
        Fields.put(candidate, "LinkedIn__s", url(info, "linkedin"));
        Fields.put(candidate, "Facebook__s", url(info, "facebook"));
        Fields.put(candidate, "Twitter", url(info, "twitter"));
        Fields.put(candidate, "Website", url(info, "from_resume"));
        JsonNode place = info.path("location").path("fields");
        // Street takes the road only: the reference put the whole location text there
        Fields.put(candidate, "Street", Fields.text(place, "road"));
        Fields.put(candidate, "City", Fields.text(place, "city"));
        Fields.put(candidate, "State", Fields.text(place, "state"));
        Fields.put(candidate, "Zip_Code", Fields.text(place, "postcode"));
        Fields.put(candidate, "Country", Fields.text(place, "country"));
        ArrayNode experiences = zohoRows(profile, "experiences", "Occupation_Title", "Summary", "Work_Duration",
                "I_currently_work_here", "Company", "company");
        if (!experiences.isEmpty()) {
            candidate.set("Experience_Details", experiences);
        }
        ArrayNode educations = zohoRows(profile, "educations", "Degree", "Major_Department", "Duration",
                "Currently_pursuing", "Institute_School", "school");
        if (!educations.isEmpty()) {
            candidate.set("Educational_Details", educations);
        }
        return candidate;
    }

    /** Skill names, split, de-duplicated and comma-separated as Zoho's free-text {@code Skill_Set}; null when none. */
    static String skillSet(JsonNode profile) {
        List<String> names = new ArrayList<>();
        for (JsonNode skill : profile.path("skills")) {
            names.add(skill.isObject() ? Fields.text(skill, "name") : Fields.text(skill));
        }
        List<String> skills = Skills.splitAll(names.stream().filter(n -> n != null).toList());
        return skills.isEmpty() ? null : String.join(", ", skills);
    }

    /** The URL of a type, from the list form ({@code [{type, url}]}) or the older object form. */
    private static String url(JsonNode info, String type) {
        JsonNode urls = info.path("urls");
        if (urls.isObject()) {
            return Links.safe(Fields.text(urls, type));
        }
        for (JsonNode url : urls) {
            String safe = Links.safe(Fields.text(url, "url"));
            if (type.equals(Fields.text(url, "type")) && safe != null) {
                return safe;
            }
        }
        return null;
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static ArrayNode zohoRows(JsonNode profile, String list, String titleKey, String descriptionKey,
            String durationKey, String currentKey, String placeKey, String hrflowPlaceKey) {
        ArrayNode rows = Json.array();
        for (JsonNode entry : Fields.list(profile, list)) {
            ObjectNode row = Json.object();
            Fields.put(row, placeKey, Fields.text(entry, hrflowPlaceKey));
            Fields.put(row, titleKey, Fields.text(entry, "title"));
            Fields.put(row, descriptionKey, Fields.text(entry, "description"));
            String from = Dates.format(Fields.text(entry, "date_start"), ZOHO_MONTH);
            String typedEnd = Fields.text(entry, "date_end");
            String to = Dates.format(typedEnd, ZOHO_MONTH);
            // no end, or "Present": still there; an end HrFlow holds but nobody can read is not "current"
            row.put(currentKey, typedEnd == null || Dates.meansNow(typedEnd));
            if (from != null || to != null) {
                ObjectNode duration = row.putObject(durationKey);
                Fields.put(duration, "from", from);
                Fields.put(duration, "to", to);
            }
            rows.add(row);
        }
        return rows;
    }
}
