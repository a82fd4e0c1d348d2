package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas of the JobAdder items (documentation and manifest only: items are never validated against
 * them). The main fields of the candidate and job models of {@code api/jobadder.md} §2-3; JobAdder returns more.
 */
final class JobAdderSchemas {
    private JobAdderSchemas() {
    }

    static ObjectNode candidate() {
        ObjectNode s = object("JobAdderCandidate");
        ObjectNode p = s.putObject("properties");
        p.set("candidateId", type("integer"));
        for (String f : new String[] {"firstName", "lastName", "email", "phone", "mobile", "salutation", "summary",
            "dateOfBirth", "source", "seeking", "rating", "createdAt", "updatedAt"}) {
            p.set(f, type("string"));
        }
        ObjectNode address = p.putObject("address").put("type", "object");
        ObjectNode ap = address.putObject("properties");
        ap.putObject("street").put("type", "array").putObject("items").put("type", "string");
        for (String f : new String[] {"city", "state", "postalCode", "country", "countryCode"}) {
            ap.set(f, type("string"));
        }
        p.putObject("skillTags").put("type", "array").putObject("items").put("type", "string");
        p.set("status", type("object"));
        p.set("social", type("object"));
        p.set("employment", type("object"));
        p.putObject("education").put("type", "array").putObject("items").put("type", "object");
        return s;
    }

    static ObjectNode job() {
        ObjectNode s = object("JobAdderJob");
        ObjectNode p = s.putObject("properties");
        p.set("jobId", type("integer"));
        for (String f : new String[] {"jobTitle", "summary", "jobDescription", "createdAt", "updatedAt"}) {
            p.set(f, type("string"));
        }
        for (String f : new String[] {"company", "contact", "location", "workplaceAddress", "category", "workType",
            "status", "start", "duration", "salary", "skillTags"}) {
            p.set(f, type("object"));
        }
        return s;
    }

    private static ObjectNode object(String title) {
        return Json.object().put("title", title).put("type", "object");
    }

    private static ObjectNode type(String type) {
        return Json.object().put("type", type);
    }
}
