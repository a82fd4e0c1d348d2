package ai.hrflow.connectors.cli.serve;

import com.sun.net.httpserver.Headers;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One workflow's HrFlow webhook: checks the signature (401 when missing or wrong), parses the event (400 with the
 * reason), ignores event types the workflow does not take (200, nothing queued), and hands the rest to the
 * {@link EventQueue}: 202 once the event is on disk, 200 for a duplicate, 503 with {@code Retry-After} when the
 * spool is full, 503 when the disk refuses the write. Logs name the path and the outcome, never the secret or the
 * signature.
 */
final class WebhookHandler {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);
    /** A delivery id, when the sender gives one; HrFlow documents none, so same-object dedup is what counts. */
    static final String DELIVERY_HEADER = "X-Delivery-Id";
    private final ServeConfig.Workflow workflow;
    private final EventQueue queue;
    private final ServeMetrics metrics;

    record Answer(int status, String body, int retryAfterSeconds) {
        static Answer of(int status, String message) {
            return new Answer(status, "{\"status\":" + status + ",\"message\":\"" + message.replace("\\", "\\\\")
                    .replace("\"", "\\\"") + "\"}\n", 0);
        }
    }

    WebhookHandler(ServeConfig.Workflow workflow, EventQueue queue, ServeMetrics metrics) {
        this.workflow = workflow;
        this.queue = queue;
        this.metrics = metrics;
    }

    Answer handle(byte[] body, Headers headers) {
        ServeConfig.Webhook hook = workflow.webhook().orElseThrow();
        String signature = headers.getFirst(HrFlowSignature.HEADER);
        if (signature == null) {
            return reject(401, "missing " + HrFlowSignature.HEADER + " header");
        }
        if (!HrFlowSignature.verify(hook.secret(), body, signature)) {
            return reject(401, "bad signature");
        }
        HrFlowEvent.Parsed parsed = HrFlowEvent.parse(body);
        if (parsed.event().isEmpty()) {
            return reject(400, "malformed event: " + parsed.error());
        }
        HrFlowEvent event = parsed.event().get();
        if (!hook.events().contains(event.type())) {
            metrics.event(workflow.id(), "ignored");
            return Answer.of(200, "event type " + event.type() + " does not trigger workflow " + workflow.id());
        }
        EventQueue.Outcome outcome;
        try {
            outcome = queue.accept(workflow.id(), event, headers.getFirst(DELIVERY_HEADER));
        } catch (UncheckedIOException e) {
            LOG.error("workflow {}: cannot persist an event: {}", workflow.id(), e.getCause().getMessage());
            metrics.event(workflow.id(), "refused");
            return new Answer(503, Answer.of(503, "cannot persist the event; try again").body(), 30);
        }
        metrics.event(workflow.id(), outcome.name().toLowerCase(java.util.Locale.ROOT));
        return switch (outcome) {
            case ACCEPTED -> Answer.of(202, "accepted");
            case DUPLICATE -> Answer.of(200, "duplicate of an event already accepted; not run again");
            case FULL -> new Answer(503, Answer.of(503, "the event queue is full; try again later").body(), 30);
        };
    }

    private Answer reject(int status, String reason) {
        LOG.warn("workflow {}: event refused ({}): {}", workflow.id(), status, reason);
        metrics.event(workflow.id(), "rejected");
        return Answer.of(status, reason);
    }
}
