package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.params.Parameters;
import java.util.Objects;

/**
 * Who to call Recruitee as: the company segment ({@code 12345} or a subdomain), the personal API token and the
 * API root. Built from the v2 connector auth or from the v1 target parameters, which carry the same three values
 * under the same names. {@link #toString()} never shows the token.
 */
public record RecruiteeAccount(String companyId, String apiToken, RecruiteeEndpoint endpoint) {
    public RecruiteeAccount {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(apiToken, "apiToken");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** From validated parameters holding {@code company_id}, {@code api_token} and {@code recruitee_endpoint}. */
    public static RecruiteeAccount from(Parameters parameters) {
        String endpoint = parameters.string(RecruiteeParameters.RECRUITEE_ENDPOINT);
        return new RecruiteeAccount(parameters.string(RecruiteeParameters.COMPANY_ID).trim(),
                parameters.string(RecruiteeParameters.API_TOKEN).trim(),
                RecruiteeEndpoint.of(endpoint).orElseThrow(() -> new IllegalArgumentException(
                        "unknown recruitee_endpoint " + endpoint)));
    }

    @Override
    public String toString() {
        return "RecruiteeAccount[company=" + companyId + ", endpoint=" + endpoint.url() + ", token=********]";
    }
}
