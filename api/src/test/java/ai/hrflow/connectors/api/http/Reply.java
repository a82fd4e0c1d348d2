package ai.hrflow.connectors.api.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One scripted answer of {@link ScriptedServer}; {@code dropAfterBytes >= 0} kills the connection mid-body. */
record Reply(int status, Map<String, String> headers, byte[] body, int dropAfterBytes) {

    static Reply json(int status, String json) {
        return new Reply(status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8), -1);
    }

    static Reply text(int status, String text) {
        return new Reply(status, Map.of("Content-Type", "text/plain"), text.getBytes(StandardCharsets.UTF_8), -1);
    }

    static Reply status(int status) {
        return new Reply(status, Map.of(), new byte[0], -1);
    }

    /** Sends the status line, headers and a few body bytes, then drops the connection. */
    static Reply droppedMidResponse() {
        return new Reply(200, Map.of("Content-Type", "application/json"),
                "{\"data\":[1,2,3".getBytes(StandardCharsets.UTF_8), 5);
    }

    Reply withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Reply(status, copy, body, dropAfterBytes);
    }
}
