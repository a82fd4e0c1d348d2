package ai.hrflow.connectors.emulators.jobadder;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The emulated account's status lists. Real accounts configure their own ({@code GET /candidates/lists/status});
 * what matters to clients is the shape {@code {statusId, name, active, default}} and that inactive statuses
 * exist. Candidate status 4 and job statuses 3 and 4 are inactive.
 */
final class Statuses {
    static final Map<Integer, ObjectNode> CANDIDATE = Map.of(
            1, status(1, "Available", true, true),
            2, status(2, "Placed", true, false),
            3, status(3, "Do not use", false, false),
            4, status(4, "Archived", false, false));

    static final Map<Integer, ObjectNode> JOB = Map.of(
            1, status(1, "Open", true, true),
            2, status(2, "On hold", true, false),
            3, status(3, "Closed", false, false),
            4, status(4, "Filled", false, false));

    static final int CANDIDATE_DEFAULT = 1;
    static final int JOB_DEFAULT = 1;

    private Statuses() {
    }

    private static ObjectNode status(int id, String name, boolean active, boolean isDefault) {
        return Json.object().put("statusId", id).put("name", name).put("active", active).put("default", isDefault);
    }
}
