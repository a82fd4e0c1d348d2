package ai.hrflow.connectors.cli.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Sets how much the command logs for the time of one command, and puts it back afterwards. */
public final class LogLevels {
    private static final String PRODUCT = "ai.hrflow.connectors";
    private static volatile boolean verbose;

    private LogLevels() {
    }

    /** How much to log. */
    public enum Verbosity {
        QUIET(Level.WARN), NORMAL(Level.INFO), VERBOSE(Level.DEBUG);

        private final Level level;

        Verbosity(Level level) {
            this.level = level;
        }
    }

    /** Whether stack traces are printed in full. */
    static boolean verbose() {
        return verbose;
    }

    /** Applies {@code verbosity} in the human format; closing the scope restores the previous settings. */
    public static Scope apply(Verbosity verbosity) {
        return apply(verbosity, LogFormat.HUMAN);
    }

    /** Applies {@code verbosity} and {@code format}; closing the scope restores the previous settings. */
    public static Scope apply(Verbosity verbosity, LogFormat format) {
        Logger root = logger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger product = logger(PRODUCT);
        Scope scope = new Scope(root, root == null ? null : root.getLevel(), product,
                product == null ? null : product.getLevel(), verbose, LogFormat.use(format));
        if (root != null) {
            // Other libraries stay at INFO when verbose: DEBUG is for our own details.
            root.setLevel(verbosity == Verbosity.QUIET ? Level.WARN : Level.INFO);
            product.setLevel(verbosity.level);
        }
        verbose = verbosity == Verbosity.VERBOSE;
        return scope;
    }

    private static Logger logger(String name) {
        // Null when another SLF4J backend is in charge (an application embedding the command).
        return LoggerFactory.getLogger(name) instanceof Logger logback ? logback : null;
    }

    /** The levels to put back. */
    public static final class Scope implements AutoCloseable {
        private final Logger root;
        private final Level rootLevel;
        private final Logger product;
        private final Level productLevel;
        private final boolean wasVerbose;
        private final LogFormat format;

        private Scope(Logger root, Level rootLevel, Logger product, Level productLevel, boolean wasVerbose,
                LogFormat format) {
            this.format = format;
            this.root = root;
            this.rootLevel = rootLevel;
            this.product = product;
            this.productLevel = productLevel;
            this.wasVerbose = wasVerbose;
        }

        @Override
        public void close() {
            if (root != null) {
                root.setLevel(rootLevel);
                product.setLevel(productLevel);
            }
            verbose = wasVerbose;
            LogFormat.use(format);
        }
    }
}
