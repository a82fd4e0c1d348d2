package ai.hrflow.connectors.hrflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A resume file to parse into a profile, with the form fields of {@code POST /profile/parsing/file}.
 *
 * @param content the file's bytes
 * @param fileName sent as the part's file name; {@code resume.pdf} when null, like the SDK
 * @param contentType the file's MIME type, or null
 * @param reference the profile's reference (unique per source), or null
 * @param key an existing profile to parse into, or null for a new one
 * @param createdAt the original application date (ISO-8601), or null
 * @param tags a JSON list, or null for none
 * @param metadatas a JSON list, or null for none
 */
public record ResumeUpload(byte[] content, String fileName, String contentType, String reference, String key,
        String createdAt, JsonNode tags, JsonNode metadatas) {
    public ResumeUpload {
        Objects.requireNonNull(content, "content");
        content = content.clone();
        fileName = fileName == null || fileName.isBlank() ? "resume.pdf" : fileName;
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public String toString() {
        return "ResumeUpload[" + fileName + ", " + content.length + " bytes, reference=" + reference + "]";
    }
}
