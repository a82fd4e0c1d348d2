package ai.hrflow.connectors.emulators.jobadder;

import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.QueryParams;
import ai.hrflow.connectors.emulators.server.Router;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code /v2/jobs}: list and get ({@code api/jobadder.md} §3). Jobs are read-only through the API the contract
 * describes; tests and the demo seed them. Filters: {@code jobTitle} (contains), {@code statusId}/{@code status},
 * {@code active} (the status's {@code active} flag), {@code companyId}, {@code jobId}, plus the dates of
 * {@link Listing}.
 */
final class JobRoutes {
    private final RecordStore store;
    private final Listing listing;

    JobRoutes(RecordStore store, JobAdderSettings settings, String listUrl) {
        this.store = store;
        this.listing = new Listing(store, settings, listUrl, Set.of("jobId", "createdAt", "updatedAt", "jobTitle"));
    }

    void register(Router router, Bearer bearer) {
        router.get("/v2/jobs", bearer.secured(r -> listing.answer(r, filter(r.query()))));
        router.get("/v2/jobs/{jobId}", bearer.secured(r -> EmulatorResponse.json(200, require(r))));
    }

    /** Stores a job; {@code statusId} (or the default status) becomes the {@code status} object. */
    ObjectNode seed(ObjectNode job) {
        ObjectNode doc = job.deepCopy();
        doc.remove("jobId");
        JsonNode statusId = doc.remove("statusId");
        if (statusId != null && !statusId.isNull()) {
            doc.set("status", Statuses.JOB.get(statusId.asInt()).deepCopy());
        } else if (!doc.has("status")) {
            doc.set("status", Statuses.JOB.get(Statuses.JOB_DEFAULT).deepCopy());
        }
        return store.insert(doc, true);
    }

    private ObjectNode require(EmulatorRequest request) {
        ObjectNode job = null;
        try {
            job = store.get(Long.parseLong(request.pathVariable("jobId")));
        } catch (NumberFormatException notAnId) {
            // 404 below
        }
        if (job == null) {
            throw ApiErrors.notFound("Job");
        }
        return job;
    }

    private static Predicate<ObjectNode> filter(QueryParams q) {
        Predicate<ObjectNode> p = j -> true;
        String title = q.first("jobTitle");
        if (title != null && !title.isBlank()) {
            String t = title.toLowerCase(Locale.ROOT);
            p = p.and(j -> j.path("jobTitle").asText("").toLowerCase(Locale.ROOT).contains(t));
        }
        List<String> statuses = new ArrayList<>(q.all("statusId"));
        statuses.addAll(q.all("status"));
        if (!statuses.isEmpty()) {
            p = p.and(j -> statuses.contains(j.path("status").path("statusId").asText()));
        }
        String active = q.first("active");
        if (active != null && !active.isBlank()) {
            boolean wanted = Boolean.parseBoolean(active.trim());
            p = p.and(j -> j.path("status").path("active").asBoolean(true) == wanted);
        }
        List<String> companies = q.all("companyId");
        if (!companies.isEmpty()) {
            p = p.and(j -> companies.contains(j.path("company").path("companyId").asText()));
        }
        List<String> ids = q.all("jobId");
        if (!ids.isEmpty()) {
            p = p.and(j -> ids.contains(j.path("jobId").asText()));
        }
        return p;
    }
}
