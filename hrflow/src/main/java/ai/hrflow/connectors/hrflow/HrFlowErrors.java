package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.ApiFailure;
import ai.hrflow.connectors.api.errors.AuthenticationException;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.FailedCall;
import ai.hrflow.connectors.api.errors.ServerException;
import ai.hrflow.connectors.api.errors.TransportException;
import ai.hrflow.connectors.api.errors.UnexpectedResponseException;
import ai.hrflow.connectors.api.errors.ValidationException;
import ai.hrflow.connectors.api.http.ApiResponse;
import ai.hrflow.connectors.api.http.Redactor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads HrFlow's envelope ({@code {code, message, data, meta}}) and turns a failed answer into the typed
 * exception of its kind. HrFlow reports "not found" as {@code 400} with a message, so the message decides
 * before the status does. Messages name the call, quote HrFlow's (redacted) message and say what to check;
 * they never carry the API key: it is a registered secret of the client's redactor, masked in every excerpt.
 */
final class HrFlowErrors {
    private static final String NOT_FOUND = "Unable to find object";
    private static final Pattern NOT_FOUND_OBJECT = Pattern.compile("Unable to find object:\\s*([A-Za-z_]+)");
    private static final Pattern NO_ACCESS = Pattern.compile("Unauthorized Access to (source|board) key:\\s*(\\S+)");
    private static final Pattern PERMISSION = Pattern.compile("for permission:\\s*(\\w+)");

    private final String apiUser;
    private final Redactor redactor;

    HrFlowErrors(String apiUser, Redactor redactor) {
        this.apiUser = apiUser;
        this.redactor = redactor;
    }

    /**
     * The envelope of a successful answer: HTTP 2xx and a body {@code code} below 400.
     *
     * @throws ConnectorException of the failure's kind otherwise, {@link UnexpectedResponseException} when a
     *     success carries no JSON object
     */
    ObjectNode envelope(ApiResponse response) {
        JsonNode body = response.isSuccess() ? response.json() : readQuietly(response);
        int status = response.status();
        int code = body != null && body.path("code").canConvertToInt() ? body.path("code").asInt() : status;
        if (response.isSuccess() && code < 400) {
            if (!body.isObject()) {
                throw new UnexpectedResponseException(response.call().describe() + " answered HTTP " + status
                        + " with a body that is not HrFlow's JSON envelope: check the base URL. Response: "
                        + response.bodyExcerpt(), response.call(), null);
            }
            return (ObjectNode) body;
        }
        String message = body == null ? "" : body.path("message").asText("");
        throw failure(response, status >= 400 ? status : code, message);
    }

    private ConnectorException failure(ApiResponse response, int code, String message) {
        FailedCall call = response.call();
        String head = call.describe() + " answered HTTP " + response.status()
                + (code != response.status() ? " (code " + code + ")" : "");
        String quoted = message.isEmpty() ? "" : ": " + redactor.redact(message);
        if (message.contains(NOT_FOUND)) {
            Matcher m = NOT_FOUND_OBJECT.matcher(message);
            String type = m.find() ? m.group(1) : "";
            return new HrFlowNotFoundException(head + quoted, call, type);
        }
        if (code == 401 || code == 403) {
            return new AuthenticationException(head + ": " + authAdvice(message) + " HrFlow said: "
                    + (message.isEmpty() ? "(no message)" : redactor.redact(message)), call);
        }
        if (code == 402) {
            return new HrFlowQuotaException(head + quoted + ". The HrFlow plan's quota for this endpoint is used"
                    + " up: raise the plan or wait for the quota to renew, then run again.", call);
        }
        if (code == 400 && message.contains("Already used")) {
            return new HrFlowDuplicateReferenceException(head + quoted, call);
        }
        if (code == 400 || code == 422) {
            return new ValidationException(head + quoted + ". HrFlow refused the data; sending it again fails the"
                    + " same way: fix the item (format, logics) or the parameters.", call, List.of());
        }
        if (response.status() == 429 || response.status() >= 500) {
            response.requireSuccess(); // the HTTP layer's own exception, with its retry notes
        }
        if (code >= 500) {
            return new ServerException(head + quoted + ". HrFlow had a server error: run again later.", call);
        }
        if (code == 404) {
            // HrFlow says "not found" for objects in its message (above); a bare 404 is a path it does not serve
            return new UnexpectedResponseException(head + quoted + ": no such endpoint. Check the base URL.", call,
                    null);
        }
        return new UnexpectedResponseException(head + quoted + ", which this client does not expect.", call, null);
    }

    private String authAdvice(String message) {
        Matcher access = NO_ACCESS.matcher(message);
        if (access.find()) {
            return "the API key is valid but its user (" + apiUser + ") cannot access " + access.group(1) + " "
                    + access.group(2) + ". Check the " + access.group(1) + "_key parameter, and that this user"
                    + " belongs to the workspace owning that " + access.group(1) + ".";
        }
        Matcher permission = PERMISSION.matcher(message);
        if (permission.find()) {
            return "the API key (api_secret) of user " + apiUser + " lacks the '" + permission.group(1)
                    + "' permission: read-only keys start with askr_, write-only keys with askw_. Use a key"
                    + " allowed to " + permission.group(1) + " (ask_ keys can do both).";
        }
        return "HrFlow refused the credentials. Check api_secret (the workspace's API key) and api_user (the"
                + " e-mail of the HrFlow user owning it, currently " + apiUser + ") in the HrFlow auth parameters.";
    }

    private static JsonNode readQuietly(ApiResponse response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException notJson) {
            return null;
        }
    }

    /** HrFlow's {@code message} in a failure's (redacted) body excerpt, or the excerpt itself. */
    static String serverMessage(FailedCall call) {
        String excerpt = call.bodyExcerpt();
        try {
            JsonNode body = Json.MAPPER.readTree(excerpt);
            if (body != null && body.path("message").isTextual()) {
                return body.path("message").asText();
            }
        } catch (IOException cut) {
            // excerpts are cut at 300 characters: show it as it is
        }
        return excerpt;
    }

    /**
     * The reason of an item failure: {@code HrFlow rejected profile cand-42: 400 <HrFlow's message>} for an
     * answer, {@code HrFlow did not answer for ...} when there was none.
     *
     * @param subject what the item is, e.g. {@code profile cand-42}
     */
    static String itemReason(String subject, Exception e) {
        if (e instanceof TransportException) {
            return "HrFlow did not answer for " + subject + ": " + e.getMessage();
        }
        if (e instanceof ApiFailure failure && failure.status() > 0) {
            String message = serverMessage(failure.call());
            return "HrFlow rejected " + subject + ": " + failure.status() + (message.isEmpty() ? "" : " " + message);
        }
        return subject + " failed: " + e.getMessage();
    }
}
