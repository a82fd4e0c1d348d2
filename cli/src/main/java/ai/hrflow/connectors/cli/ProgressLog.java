package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.runtime.ProgressListener;
import ai.hrflow.connectors.runtime.RunProgress;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress when standard error is not a terminal (cron, CI, a container's log): one INFO line every interval of
 * run time, with the same figures as the terminal's {@link ProgressLine}. Short runs log none: the summary says
 * it all.
 */
final class ProgressLog implements ProgressListener {
    private static final Logger LOG = LoggerFactory.getLogger("ai.hrflow.connectors.progress");

    private final Duration interval;
    private Duration next;

    ProgressLog(Duration interval) {
        this.interval = interval;
        this.next = interval;
    }

    @Override
    public void onProgress(RunProgress progress) {
        if (progress.done() || progress.elapsed().compareTo(next) < 0) {
            return;
        }
        while (next.compareTo(progress.elapsed()) <= 0) {
            next = next.plus(interval);
        }
        LOG.info("Progress: {}", ProgressLine.render(progress));
    }
}
