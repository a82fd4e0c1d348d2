package ai.hrflow.connectors.bench;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
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
 * request rate limit, the product run in a child JVM. Reports items/s, the requests each API received, the
 * product's peak heap, and how close the throughput came to what the rate limit allows.
 */
final class ZohoSyncBenchmark {
    record Result(int n, double itemsPerSecond, long zohoRequests, long hrflowRequests, long peakHeapMb,
            double boundItemsPerSecond, String status) {
        double ratio() {
            return itemsPerSecond / boundItemsPerSecond;
        }
    }

    private final Duration latency;
    private final int rateLimit;
    private final Integer concurrency;
    private final String heap;
    private final boolean checkpoints;

    ZohoSyncBenchmark(Duration latency, int rateLimit, Integer concurrency, String heap, boolean checkpoints) {
        this.checkpoints = checkpoints;
        this.latency = latency;
        this.rateLimit = rateLimit;
        this.concurrency = concurrency;
        this.heap = heap;
    }

    Result run(int n, Path work) throws Exception {
        try (HrFlowEmulator hrflow = HrFlowEmulator.builder().threads(64).logCapacity(1000).start();
                ZohoEmulator zoho = ZohoEmulator.builder().dataCenter(DataCenter.EU).threads(16).logCapacity(1000)
                        .start()) {
            String apiKey = hrflow.newApiKey("ask_", "bench@example.com");
            String source = hrflow.addSource("Bench", false);
            ZohoClientCredentials client = zoho.registerClient();
            String code = zoho.issueAuthorizationCode(client.clientId());
            zoho.candidates().seed(ZohoData.candidateStream(n, 42L)::iterator);
            for (var faults : new ai.hrflow.connectors.emulators.server.FaultInjector[] {hrflow.faults(),
                zoho.recruitFaults(), zoho.accountsFaults()}) {
                faults.latency(latency);
            }
            if (rateLimit > 0) {
                hrflow.rateLimit().perSecond(rateLimit);
                zoho.recruitRateLimit().perSecond(rateLimit);
            }
            ObjectNode spec = Json.object().put("workflow_id", "bench-" + n).put("work", work.toString())
                    .put("client_rate_limit", rateLimit).put("checkpoints", checkpoints);
            if (concurrency != null) {
                spec.put("write_concurrency", concurrency);
            }
            ObjectNode endpoints = spec.putObject("endpoints");
            endpoints.put("https://api.hrflow.ai/v1", hrflow.baseUrl());
            endpoints.put(DataCenter.EU.accountsUrl(), zoho.accountsUrl());
            endpoints.put(DataCenter.EU.recruitUrl(), zoho.recruitUrl());
            spec.putObject("connector_auth").put("client_id", client.clientId())
                    .put("client_secret", client.clientSecret()).put("authorization_code", code)
                    .put("zoho_accounts_url", DataCenter.EU.accountsUrl());
            spec.putObject("hrflow_auth").put("api_secret", apiKey).put("api_user", "bench@example.com");
            spec.putObject("push_parameters").put("source_key", source);

            long hrflowBefore = hrflow.requests().total();
            JsonNode result = ChildRun.run(ZohoSyncChild.class, heap, spec, work);
            long hrflowRequests = hrflow.requests().total() - hrflowBefore;
            long zohoRequests = zoho.recruitRequests().total() + zoho.accountsRequests().total();
            if (hrflow.profileCount(source) != n) {
                throw new IllegalStateException("expected " + n + " profiles in HrFlow, found "
                        + hrflow.profileCount(source) + ": " + result);
            }
            double itemsPerSecond = result.get("written").asLong() / result.get("seconds").asDouble();
            double perItem = (double) hrflowRequests / n;
            double bound = rateLimit > 0 ? rateLimit / perItem : Double.NaN;
            return new Result(n, itemsPerSecond, zohoRequests, hrflowRequests, result.get("peak_heap_mb").asLong(),
                    bound, result.get("status").asText());
        }
    }
}
