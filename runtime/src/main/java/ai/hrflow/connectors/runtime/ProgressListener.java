package ai.hrflow.connectors.runtime;

/** Told about a run's progress, at most a few times a second and once at the end, from the reading thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = progress -> { };

    void onProgress(RunProgress progress);
}
