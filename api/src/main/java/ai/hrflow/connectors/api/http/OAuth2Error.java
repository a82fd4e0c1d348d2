package ai.hrflow.connectors.api.http;

/**
 * An error answered by an OAuth 2.0 token endpoint, as an {@link OAuth2Provider} read it.
 *
 * @param code the {@code error} value, e.g. {@code invalid_grant}, Zoho's {@code invalid_code}, or
 *     {@code http_<status>} when the body named none
 * @param description the {@code error_description}, or null; shown after redaction
 * @param refresh true when the failed request was a refresh, false for the authorization-code exchange
 */
public record OAuth2Error(String code, String description, boolean refresh) {
}
