package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.cli.demo.EmulatorStack;
import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code check} and the target checks of a dry run, against the emulators, with good and bad credentials. */
class CheckCommandTest extends CliTestBase {
    private EmulatorStack stack;

    @BeforeEach
    void startEmulators() {
        stack = EmulatorStack.start(EmulatorStack.Ports.ANY);
    }

    @AfterEach
    void stopEmulators() {
        stack.close();
    }

    private ObjectNode base(String workflowId) {
        ObjectNode config = Json.object().put("workflow_id", workflowId);
        ObjectNode endpoints = config.putObject("endpoints");
        stack.endpointMap().forEach(endpoints::put);
        return config;
    }

    /** Zoho Recruit → HrFlow: the origin's OAuth and module, the target's key and source. */
    private ObjectNode zohoToHrFlow() {
        ObjectNode config = base("zoho-check");
        config.set("connector_auth", Json.MAPPER.valueToTree(stack.zohoAuth()));
        config.set("hrflow_auth", Json.MAPPER.valueToTree(stack.hrflowAuth()));
        config.putObject("push_parameters").put("source_key", stack.sourceKey());
        return config;
    }

    private Path save(ObjectNode config) throws Exception {
        return file(config.get("workflow_id").asText() + ".json", Json.MAPPER.writeValueAsString(config));
    }

    private Result check(String connector, String action, ObjectNode config) throws Exception {
        return run("check", connector, action, "--config", save(config).toString());
    }

    @Test
    void goodCredentialsPassEveryCheckAndExit0() throws Exception {
        Result r = check("zohorecruit", "create_profiles_in_hrflow", zohoToHrFlow());

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("configuration ")
                .contains("origin Zoho Recruit: access token and Candidates module readable: ok")
                .contains("target HrFlow: API key accepted and source '" + stack.sourceKey() + "' exists: ok")
                .doesNotContain("FAILED");
        assertThat(stack.hrflow().profileCount(stack.sourceKey())).isZero();
    }

    @Test
    void aWrongHrFlowKeyFailsItsCheckWithoutShowingTheKey() throws Exception {
        ObjectNode config = zohoToHrFlow();
        ((ObjectNode) config.get("hrflow_auth")).put("api_secret", "ask_wrong-key-123456");

        Result r = check("zohorecruit", "create_profiles_in_hrflow", config);

        assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCodes.FATAL);
        assertThat(r.out()).contains("origin Zoho Recruit: access token and Candidates module readable: ok")
                .containsPattern("target HrFlow: API key accepted and source '[^']+' exists: FAILED: .+");
        assertThat(r.all()).doesNotContain("ask_wrong-key-123456");
        assertThat(r.err()).contains("1 of 2 check(s) failed");
    }

    @Test
    void aMissingSourceOrBoardFailsItsCheck() throws Exception {
        ObjectNode config = zohoToHrFlow();
        ((ObjectNode) config.get("push_parameters")).put("source_key", "no-such-source");
        ObjectNode jobs = zohoToHrFlow().put("workflow_id", "jobs-check");
        jobs.putObject("push_parameters").put("board_key", "no-such-board");

        Result profiles = check("zohorecruit", "create_profiles_in_hrflow", config);
        Result boards = check("zohorecruit", "create_jobs_in_hrflow", jobs);

        assertThat(profiles.exitCode()).isEqualTo(ExitCodes.FATAL);
        assertThat(profiles.out()).contains("source 'no-such-source' exists: FAILED");
        assertThat(boards.exitCode()).isEqualTo(ExitCodes.FATAL);
        assertThat(boards.out()).contains("access token and JobOpenings module readable: ok")
                .contains("board 'no-such-board' exists: FAILED");
    }

    @Test
    void aWrongZohoSecretFailsTheOriginCheck() throws Exception {
        ObjectNode config = zohoToHrFlow();
        ((ObjectNode) config.get("connector_auth")).put("client_secret", "not-the-secret-42");

        Result r = check("zohorecruit", "create_profiles_in_hrflow", config);

        assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCodes.FATAL);
        assertThat(r.out()).contains("origin Zoho Recruit: access token and Candidates module readable: FAILED: ")
                .contains("target HrFlow: API key accepted and source");
        assertThat(r.all()).doesNotContain("not-the-secret-42");
    }

    @Test
    void jobAdderAndRecruiteeTargetsCheckTheirTokens() throws Exception {
        ObjectNode jobadder = base("jobadder-check");
        jobadder.set("origin_parameters", Json.MAPPER.valueToTree(stack.hrflowProfileOrigin("any")));
        jobadder.set("target_parameters", Json.MAPPER.valueToTree(stack.jobadderTarget(false)));
        ObjectNode recruitee = base("recruitee-check");
        recruitee.set("origin_parameters", Json.MAPPER.valueToTree(stack.hrflowProfileOrigin("any")));
        recruitee.set("target_parameters", Json.MAPPER.valueToTree(stack.recruiteeTarget()));

        Result goodJobAdder = check("jobadder", "push_profile", jobadder);
        Result goodRecruitee = check("recruitee", "push_profile", recruitee);
        // a fresh state directory: no access token obtained by the good check to fall back on
        env.put("HRFLOW_CONNECTORS_STATE_DIR", dir.resolve("other-state").toString());
        ((ObjectNode) jobadder.get("target_parameters")).put("client_secret", "wrong-jobadder-secret");
        ((ObjectNode) recruitee.get("target_parameters")).put("api_token", "wrong-recruitee-token");
        Result badJobAdder = check("jobadder", "push_profile", jobadder.put("workflow_id", "jobadder-bad"));
        Result badRecruitee = check("recruitee", "push_profile", recruitee.put("workflow_id", "recruitee-bad"));

        assertThat(goodJobAdder.exitCode()).as(goodJobAdder.all()).isZero();
        assertThat(goodJobAdder.out()).contains("target Jobadder Profiles: access token and candidates readable: ok");
        assertThat(goodRecruitee.exitCode()).as(goodRecruitee.all()).isZero();
        assertThat(goodRecruitee.out()).contains("API token accepted for company '12345': ok");
        assertThat(badJobAdder.exitCode()).isEqualTo(ExitCodes.FATAL);
        assertThat(badJobAdder.out()).contains("access token and candidates readable: FAILED");
        assertThat(badRecruitee.exitCode()).isEqualTo(ExitCodes.FATAL);
        assertThat(badRecruitee.out()).contains("API token accepted for company '12345': FAILED");
        assertThat(badJobAdder.all() + badRecruitee.all()).doesNotContain("wrong-jobadder-secret")
                .doesNotContain("wrong-recruitee-token");
    }

    @Test
    void aJsonLinesFileThatCannotBeReadFailsItsCheck() throws Exception {
        ObjectNode config = base("jsonl-check");
        config.putObject("pull_parameters").put("path", dir.resolve("missing.jsonl").toString());
        config.set("hrflow_auth", Json.MAPPER.valueToTree(stack.hrflowAuth()));
        config.putObject("push_parameters").put("source_key", stack.sourceKey());

        Result r = check("jsonl", "create_profiles_in_hrflow", config);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.FATAL);
        assertThat(r.out()).contains("missing.jsonl does not exist").contains("exists: ok");
    }

    @Test
    void anInvalidConfigurationExits64BeforeAnyCheck() throws Exception {
        ObjectNode config = zohoToHrFlow();
        ((ObjectNode) config.get("hrflow_auth")).remove("api_user");

        Result r = check("zohorecruit", "create_profiles_in_hrflow", config);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("hrflow_auth.api_user");
        assertThat(r.out()).doesNotContain(": ok");
    }

    @Test
    void aDryRunChecksTheTargetBeforeReading() throws Exception {
        ObjectNode config = zohoToHrFlow();
        ((ObjectNode) config.get("push_parameters")).put("source_key", "no-such-source");

        Result r = run("run", "zohorecruit", "create_profiles_in_hrflow", "--dry-run", "--config",
                save(config).toString());

        assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCodes.FATAL);
        JsonNode result = Json.MAPPER.readTree(r.out());
        assertThat(result.get("reason").asText()).isEqualTo("write_failure");
        assertThat(result.at("/events/read_success").asInt()).isZero();
        assertThat(result.get("errors").toString()).contains("target check failed")
                .contains("source 'no-such-source' exists");
    }

    @Test
    void checkIsListedInTheHelp() {
        Result help = run("--help");
        Result checkHelp = run("check", "--help");

        assertThat(help.out()).contains("check");
        assertThat(checkHelp.out()).contains("one line per check").contains("--config");
    }
}
