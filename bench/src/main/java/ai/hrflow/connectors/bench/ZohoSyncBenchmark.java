package ai.hrflow.connectors.bench;

import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ai.hrflow.connectors.emulators.server.FaultInjector;
import ai.hrflow.connectors.emulators.zoho.DataCenter;
import ai.hrflow.connectors.emulators.zoho.ZohoClientCredentials;
import ai.hrflow.connectors.emulators.zoho.ZohoData;
import ai.hrflow.connectors.emulators.zoho.ZohoEmulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Zoho Recruit → HrFlow create sync of N candidates: both APIs emulated with a fixed latency per request and a
 * request rate limit, the product run in a child JVM as the CLI runs it. Reports items/s, the requests each API
 * received, the product's peak heap, and how close the throughput came to what the rate limit allows.
 */
final class ZohoSyncBenchmark {
    private final Duration latency;
    private final int rateLimit;
    private final Integer concurrency;
    private final String heap;
    private final boolean checkpoints;

    /**
     * @param concurrency write concurrency to force, null for the product's default
     * @param checkpoints false to turn mid-run checkpoints off (to measure what they cost)
     */
    ZohoSyncBenchmark(Duration latency, int rateLimit, Integer concurrency, String heap, boolean checkpoints) {
        this.checkpoints = checkpoints;
        this.latency = latency;
        this.rateLimit = rateLimit;
        this.concurrency = concurrency;
        this.heap = heap;
    }

    SyncResult run(int n, Path work) throws Exception {
        try (HrFlowEmulator hrflow = HrFlowEmulator.builder().threads(64).logCapacity(1000).start();
                ZohoEmulator zoho = ZohoEmulator.builder().dataCenter(DataCenter.EU).threads(16).logCapacity(1000)
                        .start()) {
            String apiKey = hrflow.newApiKey("ask_", "bench@example.com");
            String source = hrflow.addSource("Bench", false);
            ZohoClientCredentials client = zoho.registerClient();
            String code = zoho.issueAuthorizationCode(client.clientId());
            zoho.candidates().seed(ZohoData.candidateStream(n, 42L)::iterator);
            for (FaultInjector faults : new FaultInjector[] {hrflow.faults(), zoho.recruitFaults(),
                zoho.accountsFaults()}) {
                faults.latency(latency);
            }
            if (rateLimit > 0) {
                hrflow.rateLimit().perSecond(rateLimit);
                zoho.recruitRateLimit().perSecond(rateLimit);
            }
            ObjectNode spec = SyncSpecs.spec("zohorecruit", "bench-zoho-" + n, work, concurrency, hrflow, apiKey,
                    source);
            ObjectNode endpoints = (ObjectNode) spec.get("endpoints");
            spec.put("checkpoints", checkpoints);
            endpoints.put(DataCenter.EU.accountsUrl(), zoho.accountsUrl());
            endpoints.put(DataCenter.EU.recruitUrl(), zoho.recruitUrl());
            spec.putObject("connector_auth").put("client_id", client.clientId())
                    .put("client_secret", client.clientSecret()).put("authorization_code", code)
                    .put("zoho_accounts_url", DataCenter.EU.accountsUrl());

            long hrflowBefore = hrflow.requests().total();
            JsonNode result = ChildRun.run(SyncChild.class, heap, spec, work);
            long hrflowRequests = hrflow.requests().total() - hrflowBefore;
            long zohoRequests = zoho.recruitRequests().total() + zoho.accountsRequests().total();
            SyncSpecs.expectProfiles(hrflow, source, n, result);
            return SyncResult.of(n, result, zohoRequests, hrflowRequests,
                    hrflow.rateLimit().rejected() + zoho.recruitRateLimit().rejected(), rateLimit);
        }
    }
}
