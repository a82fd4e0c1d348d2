package ai.hrflow.connectors.cli.serve;

import ai.hrflow.connectors.api.params.ParameterProblem;
import ai.hrflow.connectors.runtime.config.EnvReferences;
import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code serve.yaml} file: where to listen, where the state and the event spool live, the limits, and the
 * workflows with their webhook and/or cron schedule. {@code ${VAR}} references take environment variables. Every
 * problem is reported at once, by key path.
 */
public record ServeConfig(String host, int port, Path stateDir, Limits limits, List<Workflow> workflows) {
    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    /** Six fields: a leading seconds field (Spring's form), for schedules finer than a minute. */
    private static final CronParser CRON_SECONDS =
            new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.SPRING));
    private static final Set<String> TOP_KEYS = Set.of("listen", "state_dir", "limits", "workflows");

    /** Bounds of the process. */
    public record Limits(int maxBodyBytes, int maxQueuedEvents, int httpThreads, Duration requestTimeout,
            Duration dedupWindow, int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        static Limits defaults() {
            return new Limits(1 << 20, 10_000, 4, Duration.ofSeconds(10), Duration.ofMinutes(10), 8,
                    Duration.ofSeconds(5), Duration.ofMinutes(10));
        }
    }

    /** A webhook: the path it listens on, the HrFlow webhook secret, the event types that trigger a run. */
    public record Webhook(String path, String secret, Set<String> events) {
        @Override
        public String toString() {
            return "Webhook[path=" + path + ", events=" + events + "]"; // never the secret
        }
    }

    /** A workflow: the action and its run configuration file, triggered by a webhook, a schedule or both. */
    public record Workflow(String id, String connector, String action, Path config, Optional<Webhook> webhook,
            Optional<Cron> schedule) {
    }

    /** Reads and validates {@code file}; relative paths are relative to the file's directory. */
    public static ServeConfig load(Path file, Map<String, String> env) {
        List<ParameterProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ServeConfigException(file, List.of(new ParameterProblem("(file)", "cannot be read as YAML: "
                    + e.getMessage().lines().findFirst().orElse(""))));
        }
        if (root == null || !root.isObject()) {
            throw new ServeConfigException(file, List.of(new ParameterProblem("(file)", "expected a mapping")));
        }
        new EnvReferences(env).resolveTree(root, "", problems);
        Path base = file.toAbsolutePath().getParent();
        root.fieldNames().forEachRemaining(key -> {
            if (!TOP_KEYS.contains(key)) {
                problems.add(new ParameterProblem(key, "unknown key; expected one of " + TOP_KEYS));
            }
        });
        JsonNode listen = root.path("listen");
        String host = listen.path("host").asText("127.0.0.1");
        int port = intValue(listen, "port", 8080, 0, 65535, "listen.port", problems);
        Path stateDir = base.resolve(root.path("state_dir").asText(".hrflow-connectors-serve"));
        Limits limits = limits(root.path("limits"), problems);
        List<Workflow> workflows = new ArrayList<>();
        JsonNode list = root.path("workflows");
        if (!list.isArray() || list.isEmpty()) {
            problems.add(new ParameterProblem("workflows", "expected a non-empty list of workflows"));
        } else {
            Set<String> ids = new HashSet<>();
            Set<String> paths = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                workflow(list.get(i), "workflows[" + i + "]", base, problems).ifPresent(w -> {
                    if (!ids.add(w.id())) {
                        problems.add(new ParameterProblem("workflows", "duplicate id '" + w.id() + "'"));
                    }
                    w.webhook().filter(h -> !paths.add(h.path())).ifPresent(h -> problems.add(
                            new ParameterProblem("workflows", "two workflows listen on " + h.path())));
                    workflows.add(w);
                });
            }
        }
        if (!problems.isEmpty()) {
            throw new ServeConfigException(file, problems);
        }
        return new ServeConfig(host, port, stateDir, limits, List.copyOf(workflows));
    }

    private static Limits limits(JsonNode node, List<ParameterProblem> problems) {
        Limits d = Limits.defaults();
        return new Limits(
                intValue(node, "max_body_bytes", d.maxBodyBytes(), 1, 64 << 20, "limits.max_body_bytes", problems),
                intValue(node, "max_queued_events", d.maxQueuedEvents(), 1, 1_000_000, "limits.max_queued_events",
                        problems),
                intValue(node, "http_threads", d.httpThreads(), 1, 64, "limits.http_threads", problems),
                seconds(node, "request_timeout_seconds", d.requestTimeout(), problems),
                seconds(node, "dedup_window_seconds", d.dedupWindow(), problems),
                intValue(node, "max_attempts", d.maxAttempts(), 1, 100, "limits.max_attempts", problems),
                seconds(node, "initial_backoff_seconds", d.initialBackoff(), problems),
                seconds(node, "max_backoff_seconds", d.maxBackoff(), problems));
    }

    private static Duration seconds(JsonNode node, String key, Duration fallback, List<ParameterProblem> problems) {
        return Duration.ofSeconds(intValue(node, key, (int) fallback.toSeconds(), 0, 86_400, "limits." + key,
                problems));
    }

    private static Optional<Workflow> workflow(JsonNode node, String at, Path base, List<ParameterProblem> problems) {
        if (!node.isObject()) {
            problems.add(new ParameterProblem(at, "expected a mapping"));
            return Optional.empty();
        }
        String id = required(node, "id", at, problems);
        String connector = required(node, "connector", at, problems);
        String action = required(node, "action", at, problems);
        String config = required(node, "config", at, problems);
        Optional<Webhook> webhook = node.has("webhook") ? webhook(node.get("webhook"), at + ".webhook", problems)
                : Optional.empty();
        Optional<Cron> schedule = Optional.empty();
        if (node.hasNonNull("schedule")) {
            try {
                String expression = node.get("schedule").asText().trim();
                CronParser parser = expression.split("\\s+").length == 6 ? CRON_SECONDS : CRON;
                schedule = Optional.of(parser.parse(expression).validate());
            } catch (IllegalArgumentException e) {
                problems.add(new ParameterProblem(at + ".schedule", "not a cron expression (minute hour "
                        + "day-of-month month day-of-week, or a leading seconds field): " + e.getMessage()));
            }
        }
        if (!node.has("webhook") && !node.hasNonNull("schedule")) {
            problems.add(new ParameterProblem(at, "give a webhook, a schedule or both"));
        }
        if (id == null || connector == null || action == null || config == null) {
            return Optional.empty();
        }
        return Optional.of(new Workflow(id, connector, action, base.resolve(config), webhook, schedule));
    }

    private static Optional<Webhook> webhook(JsonNode node, String at, List<ParameterProblem> problems) {
        String path = required(node, "path", at, problems);
        String secret = required(node, "secret", at, problems);
        if (path != null && !path.startsWith("/")) {
            problems.add(new ParameterProblem(at + ".path", "must start with /"));
        }
        Set<String> events = new HashSet<>();
        node.path("events").forEach(e -> events.add(e.asText()));
        if (events.isEmpty()) {
            events.addAll(Set.of("profile.parsing.success", "profile.storing.success"));
        }
        return path == null || secret == null ? Optional.empty() : Optional.of(new Webhook(path, secret, events));
    }

    private static String required(JsonNode node, String key, String at, List<ParameterProblem> problems) {
        String value = node.path(key).asText("");
        if (value.isBlank()) {
            problems.add(new ParameterProblem(at + "." + key, "required"));
            return null;
        }
        return value;
    }

    private static int intValue(JsonNode node, String key, int fallback, int min, int max, String at,
            List<ParameterProblem> problems) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt() || (!value.isIntegralNumber() && !value.asText().matches("\\d+"))
                || value.asInt() < min || value.asInt() > max) {
            problems.add(new ParameterProblem(at, "expected a whole number from " + min + " to " + max));
            return fallback;
        }
        return value.asInt();
    }

    static ObjectNode readTree(Path file) throws IOException {
        return (ObjectNode) new YAMLMapper().readTree(Files.readString(file));
    }
}
