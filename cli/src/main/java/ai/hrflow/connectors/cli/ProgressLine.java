package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.cli.logging.ConsoleStream;
import ai.hrflow.connectors.core.run.ProgressListener;
import ai.hrflow.connectors.core.run.RunProgress;
import java.time.Duration;
import java.util.Locale;

/** The one updating line a run shows on a terminal: items read, written, skipped, failed, discarded, rate, elapsed. */
final class ProgressLine implements ProgressListener {
    @Override
    public void onProgress(RunProgress progress) {
        ConsoleStream.showStatus(render(progress));
        if (progress.done()) {
            ConsoleStream.endStatus();
        }
    }

    static String render(RunProgress p) {
        return String.format(Locale.ROOT, "read %,d | written %,d | skipped %,d | failed %,d | discarded %,d | %,.1f/s"
                + " | %s", p.read(), p.written(), p.skipped(), p.failed(), p.discarded(), p.readRate(),
                elapsed(p.elapsed()));
    }

    static String elapsed(Duration d) {
        long seconds = d.toSeconds();
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }
}
