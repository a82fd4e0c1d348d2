package ai.hrflow.connectors.emulators.recruitee;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorError;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.QueryParams;
import ai.hrflow.connectors.emulators.server.Router;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /offers} and {@code GET /offers/{id}} (contract 4.1–4.2). Lists are not paged, like the API as the
 * reference uses it; {@code page}, {@code limit}, {@code statuses[]} and other parameters are accepted and
 * ignored. Newest offer first.
 */
final class OfferRoutes {
    private static final Set<String> ACTIVE = Set.of("published", "internal", "closed");
    private static final Comparator<ObjectNode> NEWEST_FIRST = Comparator
            .comparing((ObjectNode o) -> o.path("created_at").asText())
            .thenComparingLong(o -> o.path("id").asLong()).reversed();

    private final RecruiteeBackend backend;

    OfferRoutes(RecruiteeBackend backend) {
        this.backend = backend;
    }

    void register(Router router) {
        router.get("/c/{company}/offers", this::list);
        router.get("/c/{company}/offers/{id}", this::get);
    }

    private EmulatorResponse list(EmulatorRequest request) {
        Company company = backend.access(request).company();
        QueryParams q = request.query();
        String kind = q.first("kind");
        String scope = q.first("scope");
        boolean brief = "brief".equals(q.first("view_mode"));
        List<ObjectNode> offers = company.offers().stream()
                .filter(o -> kind == null || kind.isBlank() || kind.equals(o.path("kind").asText()))
                .filter(o -> inScope(scope, o.path("status").asText()))
                .sorted(NEWEST_FIRST).toList();
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray("offers");
        offers.forEach(o -> items.add(Views.offerInList(o, company, brief)));
        return EmulatorResponse.json(200, body);
    }

    private static boolean inScope(String scope, String status) {
        if (scope == null || scope.isBlank()) {
            return true;
        }
        return switch (scope) {
            case "active" -> ACTIVE.contains(status);
            case "archived" -> "archived".equals(status);
            case "not_archived" -> !"archived".equals(status);
            default -> true; // an unknown scope filters nothing, which is why clients should validate theirs
        };
    }

    private EmulatorResponse get(EmulatorRequest request) {
        Company company = backend.access(request).company();
        String id = request.pathVariable("id");
        ObjectNode offer = id.matches("\\d{1,18}") ? company.offer(Long.parseLong(id)) : null;
        if (offer == null) {
            throw new EmulatorError(404, "Offer not found: " + id);
        }
        ObjectNode body = Json.object();
        body.set("offer", Views.offerDetail(offer, company));
        return EmulatorResponse.json(200, body);
    }
}
