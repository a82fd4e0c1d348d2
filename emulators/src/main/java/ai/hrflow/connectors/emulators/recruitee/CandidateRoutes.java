package ai.hrflow.connectors.emulators.recruitee;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorError;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.Router;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** The candidate routes (contract 3.1–3.5) and {@code GET /admin}. */
final class CandidateRoutes {
    private static final String LIST = "/c/{company}/candidates";
    private static final String ONE = "/c/{company}/candidates/{id}";

    private final RecruiteeBackend backend;

    CandidateRoutes(RecruiteeBackend backend) {
        this.backend = backend;
    }

    void register(Router router) {
        router.get("/c/{company}/admin", this::admin);
        router.get(LIST, this::list);
        router.post(LIST, this::create);
        router.get(ONE, this::get);
        router.patch(ONE, this::update);
        router.delete(ONE, this::delete);
    }

    private EmulatorResponse admin(EmulatorRequest request) {
        RecruiteeBackend.Access access = backend.access(request);
        ObjectNode body = Json.object();
        body.putObject("admin").put("id", access.token().adminId()).put("company_id", access.company().id)
                .put("email", access.token().email()).put("first_name", "API").put("last_name", "User")
                .put("time_zone", "Etc/UTC");
        return EmulatorResponse.json(200, body);
    }

    private EmulatorResponse list(EmulatorRequest request) {
        Company company = backend.access(request).company();
        List<StoredCandidate> page = new CandidateListing(request.query()).page(company);
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray("candidates");
        page.forEach(c -> items.add(Views.summary(c)));
        body.put("generated_at", RecruiteeTime.format(backend.clock.instant()));
        body.putArray("references");
        return EmulatorResponse.json(200, body);
    }

    private EmulatorResponse get(EmulatorRequest request) {
        Company company = backend.access(request).company();
        return EmulatorResponse.json(200, envelope(detail(existing(company, request))));
    }

    private EmulatorResponse create(EmulatorRequest request) {
        RecruiteeBackend.Access access = backend.access(request);
        Company company = access.company();
        JsonNode body = request.json();
        ObjectNode candidate = CandidateRules.candidateOf(body);
        List<String> problems = CandidateRules.problems(candidate, true, backend.settings.strictNulls());
        if (!problems.isEmpty()) {
            throw RecruiteeErrors.unprocessable(problems);
        }
        List<Long> offerIds = CandidateRules.offers(body, company, backend.settings);
        Instant now = backend.clock.instant();
        long id = backend.candidateIds.incrementAndGet();
        ObjectNode doc = CandidateRules.newDoc(id, candidate, now, access.token().adminId());
        ArrayNode placements = doc.withArray("placements");
        for (long offerId : offerIds) {
            placements.add(CandidateRules.placement(backend.placementIds.incrementAndGet(), id,
                    company.offer(offerId), now));
            company.placed(offerId);
        }
        // No dedup on create: Recruitee only points at possible matches.
        ArrayNode duplicates = doc.withArray("duplicates");
        company.sameEmail(CandidateRules.emails(doc), id).forEach(duplicates::add);
        String cv = textOrNull(candidate.get("remote_cv_url"));
        StoredCandidate stored = new StoredCandidate(id, now, now, doc, cv, cv == null ? null : now);
        company.put(stored);
        return EmulatorResponse.json(backend.settings.createStatus(), envelope(detail(stored)));
    }

    private EmulatorResponse update(EmulatorRequest request) {
        Company company = backend.access(request).company();
        StoredCandidate current = existing(company, request);
        ObjectNode changes = CandidateRules.candidateOf(request.json());
        List<String> problems = CandidateRules.problems(changes, false, backend.settings.strictNulls());
        if (!problems.isEmpty()) {
            throw RecruiteeErrors.unprocessable(problems);
        }
        Instant now = backend.clock.instant();
        String cv = current.cvUrl();
        Instant cvAt = current.cvReceivedAt();
        if (changes.has("remote_cv_url")) {
            cv = textOrNull(changes.get("remote_cv_url"));
            cvAt = cv == null ? null : now;
        }
        StoredCandidate next = current.withDoc(CandidateRules.patched(current.doc(), changes, now), now, cv, cvAt);
        company.put(next);
        return EmulatorResponse.json(200, envelope(detail(next)));
    }

    private EmulatorResponse delete(EmulatorRequest request) {
        Company company = backend.access(request).company();
        StoredCandidate removed = company.remove(existing(company, request).id());
        if (removed == null) {
            throw notFound(request.pathVariable("id"));
        }
        if (backend.settings.deleteStatus() == 204) {
            return EmulatorResponse.empty(204);
        }
        ObjectNode gone = detail(removed);
        gone.put("deleted_at", RecruiteeTime.format(backend.clock.instant()));
        return EmulatorResponse.json(200, envelope(gone));
    }

    private StoredCandidate existing(Company company, EmulatorRequest request) {
        String id = request.pathVariable("id");
        StoredCandidate c = id.matches("\\d{1,18}") ? company.candidate(Long.parseLong(id)) : null;
        if (c == null) {
            throw notFound(id);
        }
        return c;
    }

    private ObjectNode detail(StoredCandidate c) {
        return Views.detail(c, backend.clock.instant(), backend.settings.cvProcessingDelay());
    }

    private static ObjectNode envelope(ObjectNode candidate) {
        ObjectNode body = Json.object();
        body.set("candidate", candidate);
        body.putArray("references");
        return body;
    }

    private static EmulatorError notFound(String id) {
        return new EmulatorError(404, "Candidate not found: " + id);
    }

    private static String textOrNull(JsonNode v) {
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
    }
}
