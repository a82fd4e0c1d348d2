package ai.hrflow.connectors.emulators.hrflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends webhook events as HrFlow's webhook integration would: a {@code POST} of
 * {@code {"type", "origin", "message", "profile"|"job"}} (compact JSON) to the configured URL, with the
 * {@code HTTP-HRFLOW-SIGNATURE} header holding the hex HMAC-SHA256 of the body keyed with the webhook secret.
 * The event's {@code profile} carries the stored object's {@code key}, {@code reference} and its {@code source.key}
 * (a job event: {@code job.key}, {@code job.reference}, {@code job.board.key}).
 */
public final class HrFlowWebhookSender {
    public static final String SIGNATURE_HEADER = "HTTP-HRFLOW-SIGNATURE";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final URI url;
    private final String secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HrFlowWebhookSender(String url, String secret) {
        this.url = URI.create(url);
        this.secret = secret;
    }

    /** The body of a profile event for a profile stored in {@code sourceKey} (as returned by the emulator). */
    public static byte[] profileEvent(String type, String sourceKey, ObjectNode profile) {
        ObjectNode event = MAPPER.createObjectNode().put("type", type).put("origin", "api")
                .put("message", "profile " + type.substring(type.indexOf('.') + 1));
        ObjectNode p = event.putObject("profile").put("key", profile.path("key").asText())
                .put("reference", profile.path("reference").asText(null));
        p.putObject("source").put("key", sourceKey);
        return bytes(event);
    }

    /** The body of a job event for a job stored in {@code boardKey}. */
    public static byte[] jobEvent(String type, String boardKey, ObjectNode job) {
        ObjectNode event = MAPPER.createObjectNode().put("type", type).put("origin", "api")
                .put("message", "job " + type.substring(type.indexOf('.') + 1));
        ObjectNode j = event.putObject("job").put("key", job.path("key").asText())
                .put("reference", job.path("reference").asText(null));
        j.putObject("board").put("key", boardKey);
        return bytes(event);
    }

    /** Sends a profile event; returns the HTTP status the receiver answered. */
    public int sendProfileEvent(String type, String sourceKey, ObjectNode profile) {
        return send(profileEvent(type, sourceKey, profile));
    }

    /** Sends a job event; returns the HTTP status the receiver answered. */
    public int sendJobEvent(String type, String boardKey, ObjectNode job) {
        return send(jobEvent(type, boardKey, job));
    }

    /** Sends {@code body} signed with the secret; returns the HTTP status. */
    public int send(byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header(SIGNATURE_HEADER, sign(secret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deliver the webhook to " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The hex HMAC-SHA256 of {@code body} keyed with {@code secret}. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(ObjectNode event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
