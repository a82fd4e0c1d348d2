package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas of HrFlow profiles and jobs for the manifest and the docs: the connector schema of contract §5
 * (what formats produce and consume), not the server's. Items are never validated against them. Values typed
 * "any scalar" are those the server returns as numbers or booleans as well as strings.
 */
public final class HrFlowSchemas {
    private HrFlowSchemas() {
    }

    /** HrFlowProfile (§5.2). */
    public static ObjectNode profile() {
        ObjectNode schema = object("HrFlowProfile");
        ObjectNode p = schema.putObject("properties");
        p.set("key", text("Identification key of the Profile (40 hex, set by HrFlow)."));
        p.set("reference", text("Custom identifier of the Profile, unique in its source."));
        p.set("info", ref("Info"));
        p.set("text_language", text("Code language of the Profile (ISO 639-1)."));
        p.set("text", text("Full text of the Profile."));
        p.set("created_at", dateTime("Creation date of the Profile."));
        p.set("updated_at", dateTime("Last update of the Profile (set by HrFlow)."));
        p.set("archived_at", dateTime("Archive date of the Profile; null when not archived."));
        p.set("experiences_duration", number("Total years of experience."));
        p.set("educations_duration", number("Total years of education."));
        p.set("experiences", listOf("Experience"));
        p.set("educations", listOf("Education"));
        p.set("attachments", listOf("Attachment"));
        p.set("skills", listOf("Skill"));
        for (String list : new String[] {"languages", "certifications", "courses", "tasks", "interests", "tags",
                "metadatas"}) {
            p.set(list, listOf("GeneralEntity"));
        }
        p.set("labels", listOf("Label"));
        ObjectNode resume = objectType("Resume file to parse (connector only, never stored as is).");
        resume.putObject("properties").<ObjectNode>set("raw", text("File content, base64."))
                .<ObjectNode>set("content_type", text("MIME type of the file."))
                .set("file_name", text("File name."));
        p.set("resume", resume);
        required(schema, "info", "text_language", "text", "experiences_duration", "educations_duration");
        ObjectNode defs = definitions(schema);
        defs.set("Info", info());
        defs.set("Experience", experience("company"));
        defs.set("Education", experience("school"));
        defs.set("Attachment", attachment());
        defs.set("Label", label());
        return schema;
    }

    /** HrFlowJob (§5.5). */
    public static ObjectNode job() {
        ObjectNode schema = object("HrFlowJob");
        ObjectNode p = schema.putObject("properties");
        p.set("key", text("Identification key of the Job (40 hex, set by HrFlow)."));
        p.set("reference", text("Custom identifier of the Job, unique in its board."));
        p.set("name", text("Job title."));
        p.set("location", ref("Location"));
        p.set("sections", listOf("Section"));
        p.set("url", text("Job post original URL."));
        p.set("summary", text("Brief summary of the Job."));
        p.set("skills", listOf("Skill"));
        for (String list : new String[] {"languages", "certifications", "courses", "tasks", "tags", "metadatas"}) {
            p.set(list, listOf("GeneralEntity"));
        }
        p.set("ranges_float", listOf("RangeFloat"));
        p.set("ranges_date", listOf("RangeDate"));
        p.set("created_at", dateTime("Creation date of the Job."));
        p.set("updated_at", dateTime("Last update of the Job (set by HrFlow)."));
        p.set("archived_at", dateTime("Archive date of the Job; null when not archived."));
        required(schema, "name", "location", "sections");
        ObjectNode defs = definitions(schema);
        ObjectNode section = objectType("A section of the job description.");
        section.putObject("properties").<ObjectNode>set("name", text(null)).<ObjectNode>set("title", text(null))
                .set("description", text(null));
        defs.set("Section", section);
        ObjectNode rangeFloat = objectType("A numeric range (salary, experience...).");
        rangeFloat.putObject("properties").<ObjectNode>set("name", text(null))
                .<ObjectNode>set("value_min", number(null)).<ObjectNode>set("value_max", number(null))
                .set("unit", text(null));
        defs.set("RangeFloat", rangeFloat);
        ObjectNode rangeDate = objectType("A date range.");
        rangeDate.putObject("properties").<ObjectNode>set("name", text(null))
                .<ObjectNode>set("value_min", dateTime(null)).set("value_max", dateTime(null));
        defs.set("RangeDate", rangeDate);
        return schema;
    }

    private static ObjectNode object(String title) {
        ObjectNode schema = Json.object();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", title);
        schema.put("type", "object");
        return schema;
    }

    /** The sub-objects profiles and jobs share. */
    private static ObjectNode definitions(ObjectNode schema) {
        ObjectNode defs = schema.putObject("$defs");
        ObjectNode location = objectType("A place: text and, when known, coordinates and structured fields.");
        location.putObject("properties").<ObjectNode>set("text", text(null)).<ObjectNode>set("lat", number(null))
                .<ObjectNode>set("lng", number(null)).set("fields", objectType("city, country, postcode, ..."));
        defs.set("Location", location);
        ObjectNode entity = objectType("A named value (language, certification, course, task, interest, tag...).");
        entity.putObject("properties").<ObjectNode>set("name", text(null)).set("value", scalar());
        required(entity, "name");
        defs.set("GeneralEntity", entity);
        ObjectNode skill = objectType("A skill; type hard or soft.");
        skill.putObject("properties").<ObjectNode>set("name", text(null))
                .<ObjectNode>set("type", nullable("string")).set("value", scalar());
        required(skill, "name", "type");
        defs.set("Skill", skill);
        return defs;
    }

    private static ObjectNode info() {
        ObjectNode info = objectType("Contact and personal information.");
        ObjectNode p = info.putObject("properties");
        for (String field : new String[] {"full_name", "first_name", "last_name", "email", "phone", "picture",
                "gender", "summary"}) {
            p.set(field, nullable("string"));
        }
        p.set("date_birth", nullable("string"));
        p.set("location", ref("Location"));
        ObjectNode url = objectType("A URL of the person: type from_resume, linkedin, twitter, facebook, github.");
        url.putObject("properties").<ObjectNode>set("type", text(null)).set("url", nullable("string"));
        ObjectNode urls = Json.object().put("type", "array");
        urls.set("items", url);
        p.set("urls", urls);
        required(info, "full_name", "first_name", "last_name", "email", "phone");
        return info;
    }

    private static ObjectNode experience(String place) {
        ObjectNode item = objectType(place.equals("company") ? "A work experience." : "An education.");
        ObjectNode p = item.putObject("properties");
        p.set("key", text(null));
        p.set(place, nullable("string"));
        for (String field : new String[] {"logo", "title", "description", "date_start", "date_end"}) {
            p.set(field, nullable("string"));
        }
        p.set("location", ref("Location"));
        p.set("skills", listOf("Skill"));
        for (String list : new String[] {"certifications", "courses", "tasks"}) {
            p.set(list, listOf("GeneralEntity"));
        }
        required(item, "certifications", "courses", "tasks");
        return item;
    }

    private static ObjectNode attachment() {
        ObjectNode a = objectType("A file attached by HrFlow (original upload, parsed resume...).");
        ObjectNode p = a.putObject("properties");
        for (String field : new String[] {"type", "alt", "file_name", "original_file_name", "extension",
                "public_url", "created_at", "updated_at"}) {
            p.set(field, text(null));
        }
        p.set("file_size", Json.object().put("type", "integer"));
        return a;
    }

    private static ObjectNode label() {
        ObjectNode label = objectType("A recruiter's decision about the profile for one job.");
        ObjectNode p = label.putObject("properties");
        for (String field : new String[] {"board_key", "job_key", "job_reference", "stage", "date_stage",
                "date_rating"}) {
            p.set(field, text(null));
        }
        p.set("rating", nullable("number"));
        required(label, "board_key", "job_key", "job_reference", "stage", "date_stage", "rating", "date_rating");
        return label;
    }

    private static ObjectNode objectType(String description) {
        ObjectNode n = Json.object().put("type", "object");
        return description == null ? n : n.put("description", description);
    }

    private static ObjectNode text(String description) {
        ObjectNode n = Json.object().put("type", "string");
        return description == null ? n : n.put("description", description);
    }

    private static ObjectNode dateTime(String description) {
        ObjectNode n = nullable("string").put("format", "date-time");
        return description == null ? n : n.put("description", description);
    }

    private static ObjectNode number(String description) {
        ObjectNode n = Json.object().put("type", "number");
        return description == null ? n : n.put("description", description);
    }

    private static ObjectNode nullable(String type) {
        ObjectNode n = Json.object();
        n.putArray("type").add(type).add("null");
        return n;
    }

    private static ObjectNode scalar() {
        ObjectNode n = Json.object();
        n.putArray("type").add("string").add("number").add("boolean").add("null");
        return n;
    }

    private static ObjectNode ref(String definition) {
        return Json.object().put("$ref", "#/$defs/" + definition);
    }

    private static ObjectNode listOf(String definition) {
        ObjectNode n = Json.object().put("type", "array");
        n.set("items", ref(definition));
        return n;
    }

    private static void required(ObjectNode schema, String... names) {
        ArrayNode required = schema.putArray("required");
        for (String name : names) {
            required.add(name);
        }
    }
}
