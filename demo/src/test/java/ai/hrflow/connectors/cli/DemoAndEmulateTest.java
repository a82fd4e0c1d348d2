package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.cli.demo.EmulatorConfigs;
import ai.hrflow.connectors.cli.demo.EmulatorStack;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoAndEmulateTest extends CliTestBase {
    {
        extraCommands = DevMain.COMMANDS;
    }


    @Test
    void theDemoRunsEveryStepAgainstTheEmulatorsAndChecksTheOutcome() {
        Result result = run("demo", "--candidates", "36", "--jobs", "3");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out())
                .contains("Zoho Recruit → HrFlow: create profiles")
                .contains("✓ HrFlow profiles in the source: 36")
                .contains("✓ candidates read by the incremental update: 3")
                .contains("Zoho Recruit → HrFlow: update profiles (incremental, JSLT mapping)")
                .contains("✓ HrFlow profiles tagged by the configuration's mapping: 3")
                .contains("✓ HrFlow profiles marked archived: 1")
                .contains("✓ new candidates in Zoho Recruit: 3")
                .contains("HrFlow → JobAdder: push_profile again (duplicate refused)")
                .contains("✓ JobAdder candidates with that email: 2")
                .contains("JobAdder → HrFlow: create_jobs_in_hrflow again (nothing new)")
                .contains("✓ HrFlow jobs from JobAdder: " + EmulatorStack.JOBADDER_JOBS)
                .contains("✓ offers the candidate is assigned to: 2")
                .contains("✓ Recruitee candidates with that email (no duplicate): 1")
                .contains("every run and check passed")
                .doesNotContain("✗");
    }

    @Test
    void tooSmallADemoIsAUsageError() {
        assertThat(run("demo", "--candidates", "3").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void emulateWritesConfigsThatTheRunCommandAccepts() throws Exception {
        Path configs = dir.resolve("configs");
        Result emulate = run("emulate", "--any-port", "--for", "0", "--dir", configs.toString(),
                "--candidates", "5");
        assertThat(emulate.exitCode()).as(emulate.all()).isZero();
        assertThat(emulate.out()).contains("run zohorecruit create_profiles_in_hrflow --config")
                .contains("run jobadder push_profile --config").contains("run recruitee push_profile --config")
                .contains("run jobadder create_jobs_in_hrflow --config");
        Path config = configs.resolve("zohorecruit-create_profiles_in_hrflow.yaml");
        assertThat(Files.readString(config)).contains("endpoints:").contains("https://recruit.zoho.eu:")
                .contains("source_key:");
        // the emulators are gone: the config is valid, the run reaches no server and is fatal, not a usage error
        Result runResult = run("run", "zohorecruit", "create_profiles_in_hrflow", "--config", config.toString());
        assertThat(runResult.exitCode()).as(runResult.all()).isEqualTo(ExitCodes.FATAL);
    }

    @Test
    void theEmulatedJobAdderHoldsJobsThatItsWrittenConfigSyncsToHrFlow() throws Exception {
        try (EmulatorStack stack = EmulatorStack.start(EmulatorStack.Ports.ANY)) {
            EmulatorConfigs.write(stack, ai.hrflow.connectors.api.model.Connectors.discover(), dir.resolve("configs"),
                    "unused-profile-key");
            String config = dir.resolve("configs").resolve("jobadder-create_jobs_in_hrflow.yaml").toString();

            Result first = run("run", "jobadder", "create_jobs_in_hrflow", "--config", config);
            Result second = run("run", "jobadder", "create_jobs_in_hrflow", "--config", config);

            assertThat(first.exitCode()).as(first.all()).isZero();
            assertThat(stack.hrflow().jobCount(stack.jobadderBoardKey())).isEqualTo(EmulatorStack.JOBADDER_JOBS);
            assertThat(ai.hrflow.connectors.api.Json.MAPPER.readTree(first.out()).at("/events/read_success").asInt())
                    .isEqualTo(EmulatorStack.JOBADDER_JOBS);
            assertThat(second.exitCode()).as(second.all()).isZero();
            assertThat(ai.hrflow.connectors.api.Json.MAPPER.readTree(second.out()).at("/events/read_success").asInt())
                    .isZero();
        }
    }
}
