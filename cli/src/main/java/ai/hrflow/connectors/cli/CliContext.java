package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.api.model.Connectors;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.function.Supplier;

/**
 * Everything a command takes from the process, injectable so the command runs in-process (tests,
 * embedding): environment variables, the two output streams, whether standard error is a terminal, the
 * connectors, and the docs and manifest generators.
 */
public final class CliContext {
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean stderrIsTerminal;
    private final Supplier<Connectors> connectors;
    private final DocsWriter docs;
    private final ManifestWriter manifest;
    private Connectors discovered;

    private CliContext(Builder b) {
        this.env = Map.copyOf(b.env);
        this.out = Objects.requireNonNull(b.out, "out");
        this.err = Objects.requireNonNull(b.err, "err");
        this.stderrIsTerminal = b.stderrIsTerminal;
        this.connectors = b.connectors;
        this.docs = b.docs;
        this.manifest = b.manifest;
    }

    /** The real process: {@code System.getenv()}, {@code System.out}/{@code err}, connectors of the class path. */
    public static CliContext system() {
        return builder().env(System.getenv()).out(System.out).err(System.err)
                .stderrIsTerminal(Terminal.stderrIsTerminal()).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Map<String, String> env() {
        return env;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public boolean stderrIsTerminal() {
        return stderrIsTerminal;
    }

    /** The connectors, found once per context. A connector that cannot be built is a clear error, not a crash. */
    public synchronized Connectors connectors() {
        if (discovered == null) {
            try {
                discovered = connectors.get();
            } catch (ServiceConfigurationError | RuntimeException e) {
                throw new CliException(ExitCodes.FATAL, "cannot load the connectors: " + e.getMessage()
                        + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            }
        }
        return discovered;
    }

    /** The docs generator; null in the production command line, which has no {@code docs} command. */
    public DocsWriter docs() {
        return docs;
    }

    /** The manifest generator; null in the production command line. */
    public ManifestWriter manifest() {
        return manifest;
    }

    /**
     * Builds a context; unset parts default to an empty environment and the class path's connectors (no docs or
     * manifest generator: the demo and developer jar gives them).
     */
    public static final class Builder {
        private Map<String, String> env = Map.of();
        private PrintStream out = System.out;
        private PrintStream err = System.err;
        private boolean stderrIsTerminal;
        private Supplier<Connectors> connectors = Connectors::discover;
        private DocsWriter docs;
        private ManifestWriter manifest;

        public Builder env(Map<String, String> value) {
            this.env = value;
            return this;
        }

        public Builder out(PrintStream value) {
            this.out = value;
            return this;
        }

        public Builder err(PrintStream value) {
            this.err = value;
            return this;
        }

        /** Whether to draw the progress line on standard error. */
        public Builder stderrIsTerminal(boolean value) {
            this.stderrIsTerminal = value;
            return this;
        }

        public Builder connectors(Supplier<Connectors> value) {
            this.connectors = value;
            return this;
        }

        public Builder docs(DocsWriter value) {
            this.docs = value;
            return this;
        }

        public Builder manifest(ManifestWriter value) {
            this.manifest = value;
            return this;
        }

        public CliContext build() {
            return new CliContext(this);
        }
    }
}
