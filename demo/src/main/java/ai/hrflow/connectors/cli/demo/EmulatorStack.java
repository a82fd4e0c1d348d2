package ai.hrflow.connectors.cli.demo;

import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ai.hrflow.connectors.emulators.jobadder.JobAdderData;
import ai.hrflow.connectors.emulators.jobadder.JobAdderEmulator;
import ai.hrflow.connectors.emulators.recruitee.RecruiteeData;
import ai.hrflow.connectors.emulators.recruitee.RecruiteeEmulator;
import java.util.List;
import ai.hrflow.connectors.emulators.server.MutableClock;
import ai.hrflow.connectors.emulators.zoho.DataCenter;
import ai.hrflow.connectors.emulators.zoho.ZohoClientCredentials;
import ai.hrflow.connectors.emulators.zoho.ZohoEmulator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The emulated world of the demo and of {@code emulate}: an HrFlow workspace (API key, one source, one board) and a
 * Zoho Recruit organisation in the EU data center (one registered client and a fresh authorization code), a
 * JobAdder account holding {@value #JOBADDER_JOBS} jobs (and a board for them in HrFlow) and a Recruitee company,
 * each on its own loopback port. The product reaches them only through base URL overrides, exactly as it would reach a
 * proxy: {@link #endpoints()}.
 */
public final class EmulatorStack implements AutoCloseable {
    public static final String HRFLOW_API = "https://api.hrflow.ai/v1";
    public static final String API_USER = "demo@example.com";
    public static final String JOBADDER_ID = "https://id.jobadder.com";
    private static final String JOBADDER_CLIENT = "hrflow-demo";
    private static final String JOBADDER_SECRET = "demo-jobadder-secret";
    private static final String JOBADDER_REDIRECT = "https://demo.example.com/jobadder/callback";
    /** Jobs the JobAdder account holds from the start. */
    public static final int JOBADDER_JOBS = 12;
    public static final String RECRUITEE_API = "https://api.recruitee.com/c";
    public static final long RECRUITEE_COMPANY = 12345;
    private static final String RECRUITEE_TOKEN = "demo-recruitee-token";

    private final HrFlowEmulator hrflow;
    private final ZohoEmulator zoho;
    private final JobAdderEmulator jobadder;
    private final RecruiteeEmulator recruitee;
    private final List<Long> recruiteeOffers;
    private final MutableClock zohoClock = MutableClock.system();
    private final String apiKey;
    private final String sourceKey;
    private final String boardKey;
    private final String jobadderBoardKey;
    private final ZohoClientCredentials zohoClient;
    private final String zohoCode;
    private final String jobadderCode;

    private EmulatorStack(Ports ports) {
        HrFlowEmulator startedHrFlow = null;
        ZohoEmulator startedZoho = null;
        JobAdderEmulator startedJobAdder = null;
        try {
            startedHrFlow = HrFlowEmulator.builder().port(ports.hrflow()).start();
            startedZoho = ZohoEmulator.builder().dataCenter(DataCenter.EU).clock(zohoClock)
                    .ports(ports.zohoAccounts(), ports.zohoRecruit()).start();
            startedJobAdder = JobAdderEmulator.builder().ports(ports.jobadderId(), ports.jobadderApi()).start();
            this.recruitee = RecruiteeEmulator.builder().port(ports.recruitee()).start();
        } catch (RuntimeException e) {
            for (AutoCloseable started : new AutoCloseable[] {startedJobAdder, startedZoho, startedHrFlow}) {
                closeQuietly(started, e);
            }
            throw e;
        }
        this.hrflow = startedHrFlow;
        this.zoho = startedZoho;
        this.jobadder = startedJobAdder;
        this.apiKey = hrflow.newApiKey("ask_", API_USER);
        this.sourceKey = hrflow.addSource("Zoho Recruit candidates", false);
        this.boardKey = hrflow.addBoard("Zoho Recruit job openings");
        this.zohoClient = zoho.registerClient();
        this.zohoCode = zoho.issueAuthorizationCode(zohoClient.clientId());
        jobadder.addClient(JOBADDER_CLIENT, JOBADDER_SECRET, JOBADDER_REDIRECT);
        this.jobadderCode = jobadder.issueCode(JOBADDER_CLIENT, JOBADDER_REDIRECT);
        jobadder.seedJobs(JobAdderData.jobs(JOBADDER_JOBS, 7));
        this.jobadderBoardKey = hrflow.addBoard("JobAdder jobs");
        recruitee.addCompany(RECRUITEE_COMPANY, "demo");
        recruitee.addToken(RECRUITEE_TOKEN, RECRUITEE_COMPANY);
        this.recruiteeOffers = recruitee.addOffers(RECRUITEE_COMPANY, RecruiteeData.offers(6, 7));
    }

    private static void closeQuietly(AutoCloseable resource, RuntimeException failure) {
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Ports to bind; 0 = any free port. */
    public record Ports(int hrflow, int zohoAccounts, int zohoRecruit, int jobadderId, int jobadderApi,
            int recruitee) {
        public static final Ports ANY = new Ports(0, 0, 0, 0, 0, 0);
        public static final Ports FIXED = new Ports(18080, 18081, 18082, 18083, 18084, 18085);
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

    public JobAdderEmulator jobadder() {
        return jobadder;
    }

    public RecruiteeEmulator recruitee() {
        return recruitee;
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

    /** The HrFlow board meant for JobAdder's jobs. */
    public String jobadderBoardKey() {
        return jobadderBoardKey;
    }

    /** Real base URL prefix → emulator base URL, for {@code endpoints:} in a config or the run environment. */
    public Map<String, String> endpointMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(HRFLOW_API, hrflow.baseUrl());
        map.put(DataCenter.EU.accountsUrl(), zoho.accountsUrl());
        map.put(DataCenter.EU.recruitUrl(), zoho.recruitUrl());
        map.put(JOBADDER_ID, jobadder.idUrl());
        map.put(RECRUITEE_API, recruitee.baseUrl());
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

    /** Target parameters of {@code Jobadder.push_profile}, exactly seed 003's. */
    public Map<String, Object> jobadderTarget(boolean allowDuplicates) {
        return Map.of("authorization_url", JOBADDER_ID + "/connect/token", "client_id", JOBADDER_CLIENT,
                "client_secret", JOBADDER_SECRET, "authorization_code", jobadderCode, "redirect_uri",
                JOBADDER_REDIRECT, "XAllowDuplicates", allowDuplicates);
    }

    /** {@code connector_auth} of the JobAdder v2 flows (the same app and code as {@link #jobadderTarget}). */
    public Map<String, Object> jobadderAuth() {
        return Map.of("authorization_url", JOBADDER_ID + "/connect/token", "client_id", JOBADDER_CLIENT,
                "client_secret", JOBADDER_SECRET, "authorization_code", jobadderCode, "redirect_uri",
                JOBADDER_REDIRECT);
    }

    /** Target parameters of {@code Recruitee.push_profile}, exactly seed 004's: two published offers assigned. */
    public Map<String, Object> recruiteeTarget() {
        return Map.of("company_id", Long.toString(RECRUITEE_COMPANY), "api_token", RECRUITEE_TOKEN,
                "recruitee_endpoint", "PRODUCTION ENDPOINT", "offer_ids", recruiteeOffers.subList(0, 2));
    }

    @Override
    public void close() {
        try {
            recruitee.close();
            jobadder.close();
        } finally {
            try {
                zoho.close();
            } finally {
                hrflow.close();
            }
        }
    }
}
