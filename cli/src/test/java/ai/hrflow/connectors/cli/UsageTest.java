package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.model.InvalidFlowException;
import org.junit.jupiter.api.Test;

/** What every command shares: usage errors, help, version. */
class UsageTest extends CliTestBase {
    @Test
    void usageErrorsExit64WithAHint() {
        Result none = run();
        Result unknownCommand = run("lst");
        Result unknownOption = run("list", "--jsn");
        Result missingConfig = run("run", "memoryats", "update_profiles_in_hrflow");

        assertThat(none.exitCode()).isEqualTo(64);
        assertThat(none.err()).contains("missing command", "Usage: hrflow-connectors");
        assertThat(unknownCommand.exitCode()).isEqualTo(64);
        assertThat(unknownCommand.err()).contains("Did you mean", "list");
        assertThat(unknownOption.exitCode()).isEqualTo(64);
        assertThat(unknownOption.err()).contains("Unknown option: '--jsn'", "Try 'hrflow-connectors list --help'");
        assertThat(missingConfig.exitCode()).isEqualTo(64);
        assertThat(missingConfig.err()).contains("Missing required option: '--config=FILE'");
    }

    @Test
    void helpAndVersionExit0() {
        Result help = run("--help");
        Result version = run("--version");
        Result runHelp = run("run", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("list", "describe", "run", "state", "Exit codes:",
                "64  usage or configuration error");
        assertThat(help.out()).as("developer commands live in the demo jar")
                .doesNotContain("  docs ", "  manifest ", "  demo ", "  emulate ");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("hrflow-connectors ").doesNotContain("unknown")
                .doesNotContain("${project.version}");
        assertThat(runHelp.out()).contains("--dry-run", "--incremental", "--state-dir", "--failures-dir", "--quiet",
                "--verbose");
    }

    @Test
    void runSuggestsTheClosestActionToo() {
        Result r = run("run", "memoryats", "update_profile_in_hrflow", "--config", "x.yaml");

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains("did you mean 'update_profiles_in_hrflow'?");
    }

    @Test
    void aConnectorThatCannotBeBuiltIsAClearErrorNotACrash() {
        context.connectors(() -> {
            throw new InvalidFlowException("Broken flow 'x': Broken has no profile aisle");
        });

        Result r = run("list");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("hrflow-connectors: cannot load the connectors: Broken flow 'x': Broken has "
                + "no profile aisle\n");
    }
}
