package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every description of every command reads as whole sentences: none is cut, none is missing. */
class HelpTextTest extends CliTestBase {
    {
        // demo and emulate are commands of the demo and developer jar
        extraCommands = DevMain.COMMANDS;
    }

    @Test
    void everyCommandOptionAndParameterHasACompleteDescription() {
        CommandLine root = HrFlowConnectorsCli.commandLine(context.env(env).out(System.out).err(System.err).build());
        List<String> cut = new ArrayList<>();
        check(root, cut);

        assertThat(cut).as("descriptions that are missing or do not end a sentence").isEmpty();
    }

    @Test
    void theCommandListShowsEachCommandsWholeFirstSentence() {
        Result help = run("--help");

        assertThat(help.out()).contains("duplicate the candidate.", "interrupted (Ctrl-C).")
                .doesNotContain("(no account\n");
    }

    private static void check(CommandLine command, List<String> cut) {
        CommandSpec spec = command.getCommandSpec();
        String name = spec.qualifiedName();
        String[] description = spec.usageMessage().description();
        // One element: picocli shows the first element alone in the command list, so several would cut it.
        if (description.length != 1 || !complete(description[0])) {
            cut.add(name + ": " + String.join(" | ", description));
        }
        for (ArgSpec arg : spec.args()) {
            String text = String.join(" ", arg.description());
            if (!complete(text)) {
                cut.add(name + " " + arg.paramLabel() + ": '" + text + "'");
            }
        }
        command.getSubcommands().values().forEach(sub -> check(sub, cut));
    }

    private static boolean complete(String text) {
        String t = text.strip();
        return !t.isEmpty() && (t.endsWith(".") || t.endsWith(".)"));
    }
}
