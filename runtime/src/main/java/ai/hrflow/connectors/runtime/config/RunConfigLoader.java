package ai.hrflow.connectors.runtime.config;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.FlowAction;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.model.StandardParameters;
import ai.hrflow.connectors.api.params.ParameterProblem;
import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.params.Suggestions;
import ai.hrflow.connectors.api.spi.Callback;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.api.spi.Format;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a run configuration file (YAML or JSON) into the {@link ActionRequest} of one action.
 *
 * <pre>{@code
 * RunConfig config = new RunConfigLoader(System.getenv()).load(Path.of("zoho.yaml"), action);
 * RunEnvironment environment = RunEnvironments.fromSystem().toBuilder().endpoints(config.endpoints()).build();
 * RunResult result = environment.run(action, config.request());
 * }</pre>
 *
 * <p>String values may reference environment variables ({@link EnvReferences}); {@code logics}, {@code format}
 * and {@code callback} name classes ({@link FunctionClasses}), or, for {@code logics} and {@code format}, hold
 * JSLT expressions ({@link ConfigFunctions}). Every problem (the file's, the top-level keys',
 * the classes' and the action's own {@link Action#validate}) is reported at once in a {@link RunConfigException}.
 */
public final class RunConfigLoader {
    /** The path of problems that concern the whole file (unreadable, not YAML, empty). */
    public static final String FILE_PATH = "(file)";

    private final EnvReferences env;
    private final FunctionClasses functions;

    /** Resolves references from {@code env}, loads classes with the thread's context class loader. */
    public RunConfigLoader(Map<String, String> env) {
        this(env, defaultClassLoader());
    }

    public RunConfigLoader(Map<String, String> env, ClassLoader classLoader) {
        this.env = new EnvReferences(env);
        this.functions = new FunctionClasses(classLoader);
    }

    private static ClassLoader defaultClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : RunConfigLoader.class.getClassLoader();
    }

    /**
     * Reads, resolves and validates {@code file} for {@code action}.
     *
     * @throws RunConfigException listing every problem
     */
    public RunConfig load(Path file, Action action) {
        String content;
        try {
            content = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw fileProblem(file, "no such file: " + file);
        } catch (CharacterCodingException e) {
            throw fileProblem(file, "is not UTF-8 text");
        } catch (IOException e) {
            throw fileProblem(file, "cannot be read: " + e.getMessage());
        }
        return parse(content, ConfigSyntax.detect(file, content), action, file);
    }

    /** As {@link #load}, from text. */
    public RunConfig parse(String content, ConfigSyntax syntax, Action action) {
        return parse(content, syntax, action, null);
    }

    private RunConfig parse(String content, ConfigSyntax syntax, Action action, Path source) {
        List<ParameterProblem> problems = new ArrayList<>();
        Optional<JsonNode> root = ConfigDocuments.parse(content, syntax, problems);
        if (root.isEmpty() || !problems.isEmpty()) {
            throw new RunConfigException(source, problems);
        }
        return fromTree((ObjectNode) root.get(), action, source);
    }

    /** As {@link #load}, from an already parsed document (left unchanged). */
    public RunConfig fromTree(ObjectNode document, Action action, Path source) {
        ObjectNode root = document.deepCopy();
        List<ParameterProblem> envProblems = new ArrayList<>();
        List<String> unresolved = env.resolveTree(root, "", envProblems);
        List<ParameterProblem> problems = new ArrayList<>();

        ActionRequest.Builder request = ActionRequest.builder(null);
        ObjectNode scalars = JsonNodeFactory.instance.objectNode();
        EndpointOverrides endpoints = EndpointOverrides.none();
        List<String> scalarKeys = RunConfigKeys.scalars(action).parameters().stream().map(p -> p.name()).toList();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue().isNull() ? null : field.getValue();
            if (RunConfigKeys.groups(action).contains(key)) {
                setGroup(request, key, value);
            } else if (scalarKeys.contains(key)) {
                scalars.set(key, field.getValue());
            } else if (key.equals(RunConfigKeys.ENDPOINTS)) {
                endpoints = endpoints(value, problems);
            } else if (key.equals(RunConfigKeys.ACTION_PARAMETERS) && !RunConfigKeys.isFlow(action)) {
                actionParameters(action, value, request, source, problems);
            } else if (RunConfigKeys.foreignKeys(action).contains(key)) {
                problems.add(new ParameterProblem(key, RunConfigKeys.foreignKeyMessage(action, key)));
            } else {
                problems.add(new ParameterProblem(key, unknownKey(action, key)));
            }
        }
        topLevel(action, scalars, request, source, problems);

        ActionRequest built = request.build();
        problems.addAll(action.validate(built));
        if (built.incremental() && !action.supportsIncremental()) {
            // The run would stop at once (origin_does_not_support_incremental): say so before it starts.
            problems.add(new ParameterProblem(RunConfigKeys.isFlow(action) ? "incremental"
                    : RunConfigKeys.ACTION_PARAMETERS + ".read_mode", notIncremental(action)));
        }
        List<ParameterProblem> all = withoutEchoes(envProblems, problems, unresolved);
        if (!all.isEmpty()) {
            throw new RunConfigException(source, all);
        }
        return new RunConfig(built, endpoints, SecretValues.of(action, built), source);
    }

    /** Why an action cannot run incrementally, for the file's key or the command line's option. */
    public static String notIncremental(Action action) {
        return action.originName() + " cannot be read incrementally by " + action.name() + " (mode "
                + action.mode().value() + "); run it without incremental";
    }

    private static String unknownKey(Action action, String key) {
        List<String> known = RunConfigKeys.keys(action);
        Optional<String> suggestion = Suggestions.closest(key, known);
        return suggestion.map(s -> "unknown key; did you mean '" + s + "'?")
                .orElse("unknown key; this action takes " + String.join(", ", known));
    }

    private static void setGroup(ActionRequest.Builder request, String key, JsonNode value) {
        switch (key) {
            case "connector_auth" -> request.connectorAuth(value);
            case "hrflow_auth" -> request.hrflowAuth(value);
            case "pull_parameters" -> request.pullParameters(value);
            case "push_parameters" -> request.pushParameters(value);
            case "origin_parameters" -> request.originParameters(value);
            case "target_parameters" -> request.targetParameters(value);
            default -> throw new IllegalStateException("not a parameter group: " + key);
        }
    }

    private void topLevel(Action action, ObjectNode given, ActionRequest.Builder request, Path source,
            List<ParameterProblem> problems) {
        Parameters values = RunConfigKeys.scalars(action).bind(given, "", problems);
        request.workflowId(values.string(RunConfigKeys.WORKFLOW_ID));
        request.batchSize(positiveInt(values.integer("batch_size"), "batch_size", problems));
        request.writeConcurrency(positiveInt(values.integer("write_concurrency"), "write_concurrency", problems));
        request.parkAfter(positiveInt(values.integer("park_after"), "park_after", problems));
        if (!RunConfigKeys.isFlow(action)) {
            return;
        }
        ConfigFunctions functions = new ConfigFunctions(this.functions, source);
        if (given.hasNonNull("logics") && values.has("logics")) {
            request.logics(functions.logics(values.node("logics"), "logics", problems));
        }
        if (given.hasNonNull("format") && values.has("format")) {
            functions.format(values.node("format"), defaultFormat(action), "format", problems)
                    .ifPresent(request::format);
        }
        if (given.hasNonNull("callback") && values.has("callback") && !values.node("callback").isTextual()) {
            problems.add(new ParameterProblem("callback", "expected the class name of a " + Callback.class.getName()
                    + ", got " + ConfigDocuments.kind(values.node("callback"))));
        } else {
            values.optionalString("callback")
                    .flatMap(name -> this.functions.instantiate(name, Callback.class, "callback", problems))
                    .ifPresent(request::callback);
        }
        request.persist(values.bool("persist", true));
        request.incremental(values.bool("incremental", false));
    }

    /** v1: {@code logics}, {@code format} and {@code read_mode} live under {@code action_parameters}. */
    private void actionParameters(Action action, JsonNode given, ActionRequest.Builder request, Path source,
            List<ParameterProblem> problems) {
        String path = RunConfigKeys.ACTION_PARAMETERS;
        Parameters values = StandardParameters.LEGACY_ACTION.bind(given, path, problems);
        ConfigFunctions functions = new ConfigFunctions(this.functions, source);
        if (given != null && given.hasNonNull("logics") && values.has("logics")) {
            request.logics(functions.logics(values.node("logics"), path + ".logics", problems));
        }
        if (given != null && given.hasNonNull("format") && values.has("format")) {
            functions.format(values.node("format"), defaultFormat(action), path + ".format", problems)
                    .ifPresent(request::format);
        }
        request.incremental("incremental".equals(values.string("read_mode")));
    }

    /** What {@code base: default} starts from: the action's own format (null when it has none). */
    private static Format defaultFormat(Action action) {
        if (action instanceof FlowAction flow) {
            return flow.flow().format();
        }
        return ((LegacyAction) action).defaultFormat();
    }

    private static Integer positiveInt(Long value, String path, List<ParameterProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value > Integer.MAX_VALUE) {
            problems.add(new ParameterProblem(path, "must be at most " + Integer.MAX_VALUE));
            return null;
        }
        // Below 1 is the action's to report (it does for requests built in Java too).
        return (int) Math.max(value, Integer.MIN_VALUE);
    }

    private static EndpointOverrides endpoints(JsonNode given, List<ParameterProblem> problems) {
        if (given == null) {
            return EndpointOverrides.none();
        }
        if (!given.isObject()) {
            problems.add(new ParameterProblem(RunConfigKeys.ENDPOINTS, "expected a mapping of real base URL to "
                    + "replacement base URL, got " + ConfigDocuments.kind(given)));
            return EndpointOverrides.none();
        }
        Map<String, String> map = new LinkedHashMap<>();
        given.properties().forEach(entry -> {
            String at = RunConfigKeys.ENDPOINTS + "." + entry.getKey();
            JsonNode to = entry.getValue();
            // Values are not echoed: a proxy URL may carry credentials (https://user:password@proxy).
            if (!isHttpUrl(entry.getKey())) {
                problems.add(new ParameterProblem(at, "the key must be a base URL starting with http:// or https://"));
            } else if (to == null || !to.isTextual() || !isHttpUrl(to.textValue())) {
                problems.add(new ParameterProblem(at, "expected a replacement base URL starting with http:// or "
                        + "https://"));
            } else {
                map.put(entry.getKey(), to.textValue());
            }
        });
        return EndpointOverrides.of(map);
    }

    private static boolean isHttpUrl(String text) {
        return (text.startsWith("http://") || text.startsWith("https://")) && text.indexOf("://") + 3 < text.length();
    }

    /**
     * The environment problems first, then the others without duplicates and without those about a value whose
     * reference failed: the reference is what to fix, not the unresolved text it left behind.
     */
    private static List<ParameterProblem> withoutEchoes(List<ParameterProblem> envProblems,
            List<ParameterProblem> others, List<String> unresolved) {
        LinkedHashSet<ParameterProblem> kept = new LinkedHashSet<>(envProblems);
        others.stream().filter(p -> !unresolved.contains(p.path())).forEach(kept::add);
        return new ArrayList<>(kept);
    }

    private static RunConfigException fileProblem(Path file, String message) {
        return new RunConfigException(file, List.of(new ParameterProblem(FILE_PATH, message)));
    }
}
