package ai.hrflow.connectors.api.spi;

import java.util.List;

/**
 * A read-only probe a warehouse offers before a run: "the key is accepted", "the source exists", "the file is
 * readable". {@code hrflow-connectors check} runs every check of both sides; a dry run runs the target's before
 * reading. A probe must never write.
 *
 * @param name what is checked, as a user reads it (e.g. {@code source 'abc' exists})
 * @param probe throws when the check fails; the exception's message is the reason shown
 */
public record Check(String name, Probe probe) {
    /** The probe itself. */
    @FunctionalInterface
    public interface Probe {
        void run() throws Exception;
    }

    /** The checks of one side of a run, given what a reader or writer would be opened with. */
    @FunctionalInterface
    public interface Factory<R> {
        List<Check> checks(R request) throws Exception;
    }
}
