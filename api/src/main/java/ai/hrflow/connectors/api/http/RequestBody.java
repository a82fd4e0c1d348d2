package ai.hrflow.connectors.api.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an {@link ApiRequest} sends: nothing, JSON, a form or a multipart upload. Each body is encoded
 * once, when it is built, so the request stays immutable and retries replay the very same bytes.
 */
public sealed interface RequestBody permits RequestBody.Empty, JsonBody, FormBody, MultipartBody {

    /** No body (GET, DELETE, most HEADs). */
    RequestBody NONE = new Empty();

    /** A JSON body, serialized now with {@code Json.MAPPER}; later changes to {@code node} are not seen. */
    static RequestBody json(JsonNode node) {
        return new JsonBody(node);
    }

    /** The {@code Content-Type} to send, or null for no body. */
    String contentType();

    /** The encoded body; a fresh copy each call. */
    byte[] bytes();

    /** How the body is shown in TRACE logs, with secrets masked. */
    String describe(Redactor redactor);

    /** The body of a request that has none. */
    final class Empty implements RequestBody {
        private Empty() {
        }

        @Override
        public String contentType() {
            return null;
        }

        @Override
        public byte[] bytes() {
            return new byte[0];
        }

        @Override
        public String describe(Redactor redactor) {
            return "(none)";
        }
    }
}
