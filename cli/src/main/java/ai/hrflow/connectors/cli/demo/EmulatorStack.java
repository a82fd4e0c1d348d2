package ai.hrflow.connectors.cli.demo;

import ai.hrflow.connectors.core.spi.EndpointOverrides;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ai.hrflow.connectors.emulators.server.MutableClock;
import ai.hrflow.connectors.emulators.zoho.DataCenter;
import ai.hrflow.connectors.emulators.zoho.ZohoClientCredentials;
import ai.hrflow.connectors.emulators.zoho.ZohoEmulator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The emulated world of the demo and of {@code emulate}: an HrFlow workspace (API key, one source, one board) and a
 * Zoho Recruit organisation in the EU data center (one registered client and a fresh authorization code), each on
 * its own loopback port. The product reaches them only through base URL overrides, exactly as it would reach a
 * proxy: {@link #endpoints()}.
 */
public final class EmulatorStack implements AutoCloseable {
    public static final String HRFLOW_API = "https://api.hrflow.ai/v1";
    public static final String API_USER = "demo@example.com";

    private final HrFlowEmulator hrflow;
    private final ZohoEmulator zoho;
    private final MutableClock zohoClock = MutableClock.system();
    private final String apiKey;
    private final String sourceKey;
    private final String boardKey;
    private final ZohoClientCredentials zohoClient;
    private final String zohoCode;

    private EmulatorStack(Ports ports) {
        HrFlowEmulator startedHrFlow = null;
        try {
            startedHrFlow = HrFlowEmulator.builder().port(ports.hrflow()).start();
            this.hrflow = startedHrFlow;
            this.zoho = ZohoEmulator.builder().dataCenter(DataCenter.EU).clock(zohoClock)
                    .ports(ports.zohoAccounts(), ports.zohoRecruit()).start();
        } catch (RuntimeException e) {
            if (startedHrFlow != null) {
                startedHrFlow.close();
            }
            throw e;
        }
        this.apiKey = hrflow.newApiKey("ask_", API_USER);
        this.sourceKey = hrflow.addSource("Zoho Recruit candidates", false);
        this.boardKey = hrflow.addBoard("Zoho Recruit job openings");
        this.zohoClient = zoho.registerClient();
        this.zohoCode = zoho.issueAuthorizationCode(zohoClient.clientId());
    }

    /** Ports to bind; 0 = any free port. */
    public record Ports(int hrflow, int zohoAccounts, int zohoRecruit) {
        public static final Ports ANY = new Ports(0, 0, 0);
        public static final Ports FIXED = new Ports(18080, 18081, 18082);
    }

    public static EmulatorStack start(Ports ports) {
        return new EmulatorStack(ports);
    }

    public HrFlowEmulator hrflow() {
        return hrflow;
    }

    public ZohoEmulator zoho() {
        return zoho;
    }

    /** The Zoho organisation's clock: advance it to make edits visibly later than a previous sync. */
    public MutableClock zohoClock() {
        return zohoClock;
    }

    public String sourceKey() {
        return sourceKey;
    }

    public String boardKey() {
        return boardKey;
    }

    /** Real base URL prefix → emulator base URL, for {@code endpoints:} in a config or the run environment. */
    public Map<String, String> endpointMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(HRFLOW_API, hrflow.baseUrl());
        map.put(DataCenter.EU.accountsUrl(), zoho.accountsUrl());
        map.put(DataCenter.EU.recruitUrl(), zoho.recruitUrl());
        return map;
    }

    public EndpointOverrides endpoints() {
        return EndpointOverrides.of(endpointMap());
    }

    public Map<String, Object> hrflowAuth() {
        return Map.of("api_secret", apiKey, "api_user", API_USER);
    }

    /** v1 shape of the HrFlow side: auth and source in one group, plus the profile to read. */
    public Map<String, Object> hrflowProfileOrigin(String profileKey) {
        return Map.of("api_secret", apiKey, "api_user", API_USER, "source_key", sourceKey, "profile_key", profileKey);
    }

    public Map<String, Object> zohoAuth() {
        return Map.of("client_id", zohoClient.clientId(), "client_secret", zohoClient.clientSecret(),
                "authorization_code", zohoCode, "zoho_accounts_url", DataCenter.EU.accountsUrl());
    }

    @Override
    public void close() {
        try {
            zoho.close();
        } finally {
            hrflow.close();
        }
    }
}
