package ai.hrflow.connectors.emulators.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code multipart/form-data} body (RFC 7578): the parts in order, each with its form name, optional
 * file name and content type, and raw bytes. Enough for resume uploads; no nested multiparts, no
 * {@code filename*} encoding.
 */
public final class Multipart {
    /** One part. {@code filename} and {@code contentType} are {@code null} for plain fields. */
    public record Part(String name, String filename, String contentType, Map<String, String> headers, byte[] content) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        public boolean isFile() {
            return filename != null;
        }
    }

    private final List<Part> parts;

    private Multipart(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * Parses {@code body} using the boundary of {@code contentType}.
     *
     * @throws EmulatorError 400 when the content type is not multipart or the body is not well formed
     */
    public static Multipart parse(byte[] body, String contentType) {
        String boundary = boundaryOf(contentType);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] separator = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw EmulatorError.badRequest("Malformed multipart body: boundary not found");
        }
        List<Part> parts = new ArrayList<>();
        pos += delimiter.length;
        while (true) {
            if (startsWith(body, pos, "--")) {
                return new Multipart(parts);
            }
            if (!startsWith(body, pos, "\r\n")) {
                throw EmulatorError.badRequest("Malformed multipart body: expected CRLF after boundary");
            }
            int headerStart = pos + 2;
            int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headerStart);
            int contentEnd = headerEnd < 0 ? -1 : indexOf(body, separator, headerEnd + 4);
            if (contentEnd < 0) {
                throw EmulatorError.badRequest("Malformed multipart body: unterminated part");
            }
            String headerText = new String(body, headerStart, headerEnd - headerStart, StandardCharsets.UTF_8);
            parts.add(part(headerText, Arrays.copyOfRange(body, headerEnd + 4, contentEnd)));
            pos = contentEnd + separator.length;
        }
    }

    public List<Part> parts() {
        return parts;
    }

    /** The first part with this form name. */
    public Optional<Part> part(String name) {
        return parts.stream().filter(p -> name.equals(p.name())).findFirst();
    }

    /** The text of the first part with this form name, or {@code null}. */
    public String field(String name) {
        return part(name).map(Part::text).orElse(null);
    }

    private static Part part(String headerText, byte[] content) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : headerText.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        String disposition = headers.getOrDefault("content-disposition", "");
        return new Part(param(disposition, "name"), param(disposition, "filename"), headers.get("content-type"),
                Map.copyOf(headers), content);
    }

    private static String boundaryOf(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            throw EmulatorError.badRequest("Expected a multipart/form-data body, got Content-Type: " + contentType);
        }
        String boundary = param(contentType, "boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw EmulatorError.badRequest("Multipart Content-Type without boundary");
        }
        return boundary;
    }

    /** A {@code name=value} or {@code name="value"} parameter of a header value, or {@code null}. */
    static String param(String headerValue, String name) {
        for (String piece : headerValue.split(";")) {
            String p = piece.trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase(name)) {
                String v = p.substring(eq + 1).trim();
                return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] body, int pos, String ascii) {
        if (pos + ascii.length() > body.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (body[pos + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
