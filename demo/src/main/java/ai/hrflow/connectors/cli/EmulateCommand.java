package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.cli.demo.EmulatorConfigs;
import ai.hrflow.connectors.cli.demo.EmulatorStack;
import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.zoho.ZohoData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code emulate}: keeps the emulators running on fixed local ports with generated data, and writes configuration
 * files to try {@code run} by hand against them.
 */
@Command(name = "emulate", description = "Start the HrFlow.ai, Zoho Recruit, JobAdder and Recruitee emulators on "
        + "fixed local ports (18080-18085) with generated data, write a ready-to-use configuration file for every "
        + "action of every connector, and keep running until interrupted (Ctrl-C).")
final class EmulateCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "emulate-configs",
            description = "Where to write the configuration files (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--candidates", paramLabel = "N", defaultValue = "200",
            description = "Candidates generated in Zoho Recruit (default: ${DEFAULT-VALUE}).")
    int candidates;

    @Option(names = "--any-port", description = "Bind free ports instead of 18080-18085.")
    boolean anyPort;

    @Option(names = "--for", paramLabel = "SECONDS", hidden = true,
            description = "Stop after this many seconds (for tests); default: until interrupted.")
    Long seconds;

    EmulateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        try (EmulatorStack stack = EmulatorStack.start(anyPort ? EmulatorStack.Ports.ANY
                : EmulatorStack.Ports.FIXED)) {
            stack.zoho().candidates().seed(ZohoData.candidates(candidates, 7L));
            stack.zoho().jobOpenings().seed(ZohoData.jobOpenings(Math.max(1, candidates / 10), 7L));
            ObjectNode profile = Json.object().put("reference", "cv-upload-1").put("text", "Data engineer");
            profile.putObject("info").put("first_name", "Alex").put("last_name", "Martin")
                    .put("email", "alex.martin@example.com");
            String key = stack.hrflow().seedProfile(stack.sourceKey(), profile).get("key").asText();
            Map<String, String> files = EmulatorConfigs.write(stack, context.connectors(), dir.toAbsolutePath(), key);

            context.out().println("Emulators running:");
            context.out().println("  HrFlow.ai          " + stack.hrflow().baseUrl());
            context.out().println("  Zoho Accounts (EU) " + stack.zoho().accountsUrl());
            context.out().println("  Zoho Recruit (EU)  " + stack.zoho().recruitUrl());
            context.out().println("  JobAdder id / API  " + stack.jobadder().idUrl() + " / "
                    + stack.jobadder().apiUrl());
            context.out().println("  Recruitee          " + stack.recruitee().baseUrl());
            context.out().println("Zoho Recruit holds " + candidates + " candidates. Try, in another terminal:");
            files.forEach((file, command) -> context.out().println("  ./" + HrFlowConnectorsCli.NAME + " "
                    + command + " --config " + file));
            context.out().println("Press Ctrl-C to stop.");
            context.out().flush();
            CountDownLatch stop = new CountDownLatch(1);
            Thread hook = new Thread(stop::countDown, "emulate-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            if (seconds == null) {
                stop.await();
            } else {
                stop.await(Duration.ofSeconds(seconds).toMillis(), TimeUnit.MILLISECONDS);
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
        return ExitCodes.OK;
    }
}
