package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.cli.logging.ConsoleStream;
import ai.hrflow.connectors.runtime.ProgressListener;
import ai.hrflow.connectors.runtime.RunProgress;
import java.time.Duration;
import java.util.Locale;

/**
 * The one updating line a run shows on a terminal: items read (of the total, when the origin says it), written,
 * skipped, failed, discarded, rate, elapsed, and the time left when the total is known.
 */
final class ProgressLine implements ProgressListener {
    @Override
    public void onProgress(RunProgress progress) {
        ConsoleStream.showStatus(render(progress));
        if (progress.done()) {
            ConsoleStream.endStatus();
        }
    }

    /** e.g. {@code read 1,200 of ~5,000 (24%) | written 1,180 | failed 2 | discarded 0 | 410.0/s | 00:03 | ETA 00:09}. */
    static String render(RunProgress p) {
        String read = p.total() == null ? String.format(Locale.ROOT, "read %,d", p.read())
                : String.format(Locale.ROOT, "read %,d of ~%,d (%d%%)", p.read(), p.total(),
                        p.total() == 0 ? 100 : Math.min(100, p.read() * 100 / p.total()));
        String line = String.format(Locale.ROOT, "%s | written %,d | skipped %,d | failed %,d | discarded %,d"
                + " | %,.1f/s | %s", read, p.written(), p.skipped(), p.failed(), p.discarded(), p.readRate(),
                elapsed(p.elapsed()));
        return p.eta().map(eta -> line + " | ETA " + elapsed(eta)).orElse(line);
    }

    static String elapsed(Duration d) {
        long seconds = d.toSeconds();
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }
}
