package ai.hrflow.connectors.bench;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/** The parts of a {@link SyncChild} spec every ATS → HrFlow sync shares, and the check that nothing was lost. */
final class SyncSpecs {
    private SyncSpecs() {
    }

    /** {@code create_profiles_in_hrflow} of {@code connector} into HrFlow's {@code source}. */
    static ObjectNode spec(String connector, String workflow, Path work, Integer concurrency, HrFlowEmulator hrflow,
            String apiKey, String source) {
        ObjectNode spec = Json.object().put("connector", connector).put("action", "create_profiles_in_hrflow")
                .put("workflow_id", workflow).put("work", work.toString());
        if (concurrency != null) {
            spec.put("write_concurrency", concurrency);
        }
        spec.putObject("endpoints").put("https://api.hrflow.ai/v1", hrflow.baseUrl());
        spec.putObject("hrflow_auth").put("api_secret", apiKey).put("api_user", "bench@example.com");
        spec.putObject("push_parameters").put("source_key", source);
        return spec;
    }

    static void expectProfiles(HrFlowEmulator hrflow, String source, int n, JsonNode result) {
        if (hrflow.profileCount(source) != n) {
            throw new IllegalStateException("expected " + n + " profiles in HrFlow, found "
                    + hrflow.profileCount(source) + ": " + result);
        }
    }
}
