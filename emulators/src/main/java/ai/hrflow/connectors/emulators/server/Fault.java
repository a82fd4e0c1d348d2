package ai.hrflow.connectors.emulators.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an injected fault does to one request. Faults that act "before processing" leave the emulator's state
 * untouched; {@link #dropAfterProcessing()} and {@link Respond#afterProcessing()} run the real handler first,
 * so the state changes while the client sees a failure (the case that proves a client does not duplicate
 * writes when it retries).
 */
public sealed interface Fault permits Fault.Delay, Fault.Respond, Fault.Drop, Fault.MalformedJson {

    /** Wait, then process normally. */
    static Delay latency(Duration duration) {
        return new Delay(duration);
    }

    /** Answer with this status instead of processing. The body is the emulator's error shape unless given. */
    static Respond status(int status) {
        return new Respond(status, null, Map.of(), false);
    }

    /**
     * Close the connection without any response; the request is not processed. Note: the JDK
     * {@code HttpClient} silently resends a GET once when a reused keep-alive connection closes before any
     * response byte, so a single dropped GET can look like a success to such a client (the request log shows
     * both attempts). Use {@code times(2)} to make a GET fail for it.
     */
    static Drop drop() {
        return new Drop(false);
    }

    /** Process the request (state changes), then close the connection without a response. */
    static Drop dropAfterProcessing() {
        return new Drop(true);
    }

    /** Answer 200 with {@code Content-Type: application/json} and a truncated JSON body; not processed. */
    static MalformedJson malformedJson() {
        return new MalformedJson(200);
    }

    /** Short name used in the request log. */
    String describe();

    /** Added latency. */
    record Delay(Duration duration) implements Fault {
        public Delay {
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public String describe() {
            return "latency " + duration.toMillis() + "ms";
        }
    }

    /**
     * A forced answer.
     *
     * @param body the raw body to send, or {@code null} for the emulator's error body with a generic message
     * @param processFirst run the real handler first and discard its answer
     */
    record Respond(int status, String body, Map<String, List<String>> headers, boolean processFirst) implements Fault {
        public Respond {
            headers = Map.copyOf(headers);
        }

        /** A raw JSON body (sent with {@code Content-Type: application/json}). */
        public Respond withBody(String json) {
            return new Respond(status, json, headers, processFirst);
        }

        public Respond withHeader(String name, String value) {
            Map<String, List<String>> next = new LinkedHashMap<>(headers);
            List<String> values = new ArrayList<>(next.getOrDefault(name, List.of()));
            values.add(value);
            next.put(name, List.copyOf(values));
            return new Respond(status, body, next, processFirst);
        }

        public Respond withRetryAfter(long seconds) {
            return withHeader("Retry-After", Long.toString(seconds));
        }

        /** The same answer, but only after the real handler ran (its state change stays, its answer is lost). */
        public Respond afterProcessing() {
            return new Respond(status, body, headers, true);
        }

        @Override
        public String describe() {
            return "status " + status + (processFirst ? " after processing" : "");
        }
    }

    /** A closed connection, before or after processing. */
    record Drop(boolean processFirst) implements Fault {
        @Override
        public String describe() {
            return processFirst ? "drop after processing" : "drop";
        }
    }

    /** A syntactically broken JSON answer with a success status. */
    record MalformedJson(int status) implements Fault {
        @Override
        public String describe() {
            return "malformed json";
        }
    }
}
