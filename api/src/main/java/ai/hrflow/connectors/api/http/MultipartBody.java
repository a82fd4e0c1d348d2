package ai.hrflow.connectors.api.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body: a resume upload (HrFlow's {@code /profile/parsing/file}) with its
 * text fields. Encoded in memory when built; resumes are a few megabytes at most.
 */
public final class MultipartBody implements RequestBody {
    private final String boundary;
    private final List<Part> parts;
    private final byte[] bytes;

    private MultipartBody(List<Part> parts) {
        this.boundary = "hrflow-" + UUID.randomUUID();
        this.parts = List.copyOf(parts);
        this.bytes = encode();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * One part. {@code filename} and {@code contentType} are null for a text field.
     *
     * @param content the part's bytes (text fields: UTF-8)
     */
    public record Part(String name, String filename, String contentType, byte[] content) {
        public Part {
            Objects.requireNonNull(name, "name");
            content = content.clone();
        }

        public boolean isFile() {
            return filename != null;
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    public List<Part> parts() {
        return parts;
    }

    @Override
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String describe(Redactor redactor) {
        StringBuilder out = new StringBuilder("multipart[");
        for (Part part : parts) {
            out.append(out.length() > "multipart[".length() ? ", " : "").append(part.name()).append('=');
            if (part.isFile()) {
                out.append("<file ").append(part.filename()).append(", ").append(part.content.length).append(" bytes>");
            } else if (Redactor.isSensitiveName(part.name())) {
                out.append(Redactor.MASK);
            } else {
                out.append(redactor.redactSecrets(new String(part.content, StandardCharsets.UTF_8)));
            }
        }
        return out.append(']').toString();
    }

    private byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(quote(part.name())).append('"');
            if (part.isFile()) {
                head.append("; filename=\"").append(quote(part.filename())).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    // RFC 7578 §4.2: quotes and line breaks in names are percent-encoded
    private static String quote(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Collects parts in order; a null text value is skipped. */
    public static final class Builder {
        private final List<Part> parts = new ArrayList<>();

        private Builder() {
        }

        public Builder text(String name, String value) {
            if (value != null) {
                parts.add(new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8)));
            }
            return this;
        }

        public Builder file(String name, String filename, String contentType, byte[] content) {
            Objects.requireNonNull(filename, "filename");
            parts.add(new Part(name, filename, contentType == null ? "application/octet-stream" : contentType,
                    content));
            return this;
        }

        /** Reads the file now; its name becomes the part's filename. */
        public Builder file(String name, Path file, String contentType) {
            try {
                return file(name, file.getFileName().toString(), contentType, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + " for upload", e);
            }
        }

        public MultipartBody build() {
            return new MultipartBody(parts);
        }
    }
}
