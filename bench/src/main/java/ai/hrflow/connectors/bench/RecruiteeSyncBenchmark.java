package ai.hrflow.connectors.bench;

import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ai.hrflow.connectors.emulators.recruitee.RecruiteeData;
import ai.hrflow.connectors.emulators.recruitee.RecruiteeEmulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Recruitee → HrFlow create sync of N candidates ({@code GET /candidates} pages of 100, then one detail call per
 * candidate, one HrFlow call per profile): both APIs emulated with a fixed latency per request and a request rate
 * limit, the product run in a child JVM as the CLI runs it. Same figures as {@link ZohoSyncBenchmark}.
 */
final class RecruiteeSyncBenchmark {
    private static final long COMPANY = 12345;

    private final Duration latency;
    private final int rateLimit;
    private final Integer concurrency;
    private final String heap;

    /** @param concurrency write concurrency to force, null for the product's default */
    RecruiteeSyncBenchmark(Duration latency, int rateLimit, Integer concurrency, String heap) {
        this.latency = latency;
        this.rateLimit = rateLimit;
        this.concurrency = concurrency;
        this.heap = heap;
    }

    SyncResult run(int n, Path work) throws Exception {
        try (HrFlowEmulator hrflow = HrFlowEmulator.builder().threads(64).logCapacity(1000).start();
                RecruiteeEmulator recruitee = RecruiteeEmulator.builder().threads(64).logCapacity(1000).start()) {
            String apiKey = hrflow.newApiKey("ask_", "bench@example.com");
            String source = hrflow.addSource("Bench", false);
            recruitee.addCompany(COMPANY, "bench");
            String token = recruitee.newToken(COMPANY);
            recruitee.seedCandidates(COMPANY, RecruiteeData.candidates(n, 42L));
            hrflow.faults().latency(latency);
            recruitee.faults().latency(latency);
            if (rateLimit > 0) {
                hrflow.rateLimit().perSecond(rateLimit);
                recruitee.rateLimit().perSecond(rateLimit);
            }
            ObjectNode spec = SyncSpecs.spec("recruitee", "bench-recruitee-" + n, work, concurrency, hrflow, apiKey,
                    source);
            ((ObjectNode) spec.get("endpoints")).put("https://api.recruitee.com/c", recruitee.baseUrl());
            spec.putObject("connector_auth").put("company_id", Long.toString(COMPANY)).put("api_token", token);

            long hrflowBefore = hrflow.requests().total();
            JsonNode result = ChildRun.run(SyncChild.class, heap, spec, work);
            long hrflowRequests = hrflow.requests().total() - hrflowBefore;
            SyncSpecs.expectProfiles(hrflow, source, n, result);
            return SyncResult.of(n, result, recruitee.requests().total(), hrflowRequests,
                    hrflow.rateLimit().rejected() + recruitee.rateLimit().rejected(), rateLimit);
        }
    }
}
