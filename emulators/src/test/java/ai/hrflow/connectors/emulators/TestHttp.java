package ai.hrflow.connectors.emulators;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A thin java.net.http client for emulator tests: raw requests, JSON bodies, multipart uploads. */
public final class TestHttp {
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;
    private final List<String> defaultHeaders = new ArrayList<>();

    public TestHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Headers sent with every request (e.g. credentials). */
    public TestHttp withHeader(String name, String value) {
        TestHttp copy = new TestHttp(baseUrl);
        copy.defaultHeaders.addAll(defaultHeaders);
        copy.defaultHeaders.add(name);
        copy.defaultHeaders.add(value);
        return copy;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(builder(pathAndQuery).GET());
    }

    public HttpResponse<String> send(String method, String pathAndQuery, String contentType, String body) {
        HttpRequest.Builder b = builder(pathAndQuery).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    public HttpResponse<String> json(String method, String pathAndQuery, Object body) {
        try {
            String text = body instanceof String s ? s : Json.MAPPER.writeValueAsString(body);
            return send(method, pathAndQuery, "application/json", text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a multipart/form-data body; file parts are given as {@link FilePart}. */
    public HttpResponse<String> multipart(String pathAndQuery, Map<String, Object> parts) {
        String boundary = "----emulatortest" + System.nanoTime();
        StringBuilder sb = new StringBuilder();
        parts.forEach((name, value) -> {
            sb.append("--").append(boundary).append("\r\n");
            if (value instanceof FilePart f) {
                sb.append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"")
                        .append(f.filename()).append("\"\r\nContent-Type: ").append(f.contentType()).append("\r\n\r\n")
                        .append(f.content());
            } else {
                sb.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value);
            }
            sb.append("\r\n");
        });
        sb.append("--").append(boundary).append("--\r\n");
        return send("POST", pathAndQuery, "multipart/form-data; boundary=" + boundary, sb.toString());
    }

    /** Sends and returns the response, or throws the transport failure unchecked. */
    public HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder builder(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(10));
        for (int i = 0; i < defaultHeaders.size(); i += 2) {
            b.header(defaultHeaders.get(i), defaultHeaders.get(i + 1));
        }
        return b;
    }

    public static JsonNode body(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response.body(), e);
        }
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A file part of a multipart upload. */
    public record FilePart(String filename, String contentType, String content) {
    }
}
