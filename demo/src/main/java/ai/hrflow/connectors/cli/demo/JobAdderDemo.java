package ai.hrflow.connectors.cli.demo;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.runtime.Status;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JobAdder part of the demo: an HrFlow profile pushed as a JobAdder candidate, the same push refused as a
 * duplicate (HTTP 409, counted skipped: JobAdder already has it), then accepted once {@code XAllowDuplicates} is true: the create is re-sent with the
 * duplicate-override code of JobAdder's 409 as the {@code X-Allow-Duplicates} header. One authorization code
 * serves all the runs: the refresh token obtained from it is kept in the state store. Then the account's jobs
 * go to an HrFlow board ({@code create_jobs_in_hrflow}, every list page), and an incremental rerun reads none.
 */
final class JobAdderDemo {
    private static final String EMAIL = "sam.taylor@example.com";

    private final EmulatorStack stack;
    private final DemoRunner runner;

    JobAdderDemo(EmulatorStack stack, DemoRunner runner) {
        this.stack = stack;
        this.runner = runner;
    }

    void run() {
        ObjectNode profile = Json.object().put("reference", "cv-upload-jobadder").put("text_language", "en")
                .put("text", "Account manager, staffing, B2B sales");
        profile.putObject("info").put("first_name", "Sam").put("last_name", "Taylor").put("full_name", "Sam Taylor")
                .put("email", EMAIL).put("phone", "+61 2 0000 0000");
        String key = stack.hrflow().seedProfile(stack.sourceKey(), profile).get("key").asText();
        runner.note("a profile was added in HrFlow for a staffing agency using JobAdder");

        runner.run("HrFlow → JobAdder: push_profile", "jobadder", "push_profile", push(key, false), Status.SUCCESS);
        runner.expect("JobAdder candidates with that email", 1, stack.jobadder().candidatesWithEmail(EMAIL).size());
        runner.run("HrFlow → JobAdder: push_profile again (duplicate refused)", "jobadder", "push_profile",
                push(key, false), Status.SUCCESS);
        runner.expect("JobAdder candidates with that email", 1, stack.jobadder().candidatesWithEmail(EMAIL).size());
        runner.run("HrFlow → JobAdder: push_profile with XAllowDuplicates (409's override code)", "jobadder",
                "push_profile", push(key, true), Status.SUCCESS);
        runner.expect("JobAdder candidates with that email", 2, stack.jobadder().candidatesWithEmail(EMAIL).size());

        runner.run("JobAdder → HrFlow: create_jobs_in_hrflow", "jobadder", "create_jobs_in_hrflow", jobs(),
                Status.SUCCESS);
        runner.expect("HrFlow jobs from JobAdder", EmulatorStack.JOBADDER_JOBS,
                stack.hrflow().jobCount(stack.jobadderBoardKey()));
        runner.run("JobAdder → HrFlow: create_jobs_in_hrflow again (nothing new)", "jobadder",
                "create_jobs_in_hrflow", jobs(), Status.SUCCESS);
        runner.expect("HrFlow jobs from JobAdder", EmulatorStack.JOBADDER_JOBS,
                stack.hrflow().jobCount(stack.jobadderBoardKey()));
    }

    /** Five jobs a list page, so the run follows JobAdder's {@code links.next}. */
    private ActionRequest jobs() {
        return ActionRequest.builder("demo-jobadder-jobs").connectorAuth(stack.jobadderAuth())
                .hrflowAuth(stack.hrflowAuth()).pullParameters(java.util.Map.of("limit", 5))
                .pushParameters(java.util.Map.of("board_key", stack.jobadderBoardKey())).incremental(true).build();
    }

    private ActionRequest push(String profileKey, boolean allowDuplicates) {
        return ActionRequest.builder("demo-hrflow-to-jobadder")
                .originParameters(stack.hrflowProfileOrigin(profileKey))
                .targetParameters(stack.jobadderTarget(allowDuplicates)).build();
    }
}
