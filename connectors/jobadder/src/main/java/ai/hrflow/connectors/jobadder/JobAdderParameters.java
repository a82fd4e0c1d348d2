package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.params.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Every parameter the JobAdder side declares, once. The five OAuth parameters and {@code XAllowDuplicates} are
 * seed 003's, verbatim (names, types, defaults, required markers, descriptions, "Jobadder" spelling included);
 * the rest are ours and say so in their descriptions.
 */
public final class JobAdderParameters {
    static final String AUTHORIZATION_URL = "authorization_url";
    static final String CLIENT_ID = "client_id";
    static final String CLIENT_SECRET = "client_secret";
    static final String AUTHORIZATION_CODE = "authorization_code";
    static final String REDIRECT_URI = "redirect_uri";
    static final String REFRESH_TOKEN = "refresh_token";
    static final String X_ALLOW_DUPLICATES = "XAllowDuplicates";
    static final String ALLOW_DUPLICATES = "allow_duplicates";
    static final String LIMIT = "limit";

    private static final String AUTHORIZATION_URL_DOC = "Authorization URL for obtaining authorization code";
    private static final String CLIENT_ID_DOC = "Client ID for authenticating with Jobadder API";
    private static final String CLIENT_SECRET_DOC = "Client secret for authenticating with Jobadder API";
    private static final String AUTHORIZATION_CODE_DOC = "Authorization code for obtaining access token";
    private static final String REDIRECT_URI_DOC = "Redirect URI for obtaining access token";

    private JobAdderParameters() {
    }

    /** The seed's five OAuth parameters, all required (v1 actions). */
    private static List<Parameter> v1Auth() {
        return List.of(
                Parameter.string(AUTHORIZATION_URL).required().description(AUTHORIZATION_URL_DOC),
                Parameter.string(CLIENT_ID).required().description(CLIENT_ID_DOC),
                Parameter.string(CLIENT_SECRET).required().secret().description(CLIENT_SECRET_DOC),
                Parameter.string(AUTHORIZATION_CODE).required().secret().description(AUTHORIZATION_CODE_DOC),
                Parameter.string(REDIRECT_URI).required().description(REDIRECT_URI_DOC));
    }

    /** Seed 003, "Destination Parameters" of {@code push_profile}. */
    public static final ParameterSet V1_PROFILE_WRITE = ParameterSet.of("WriteProfileParameters",
            with(v1Auth(), Parameter.bool(X_ALLOW_DUPLICATES).defaultValue(false).description("Allow duplicates")));

    /**
     * The v2 warehouse auth. Same names and descriptions as the seed; {@code authorization_url} defaults to the
     * production token endpoint, and a {@code refresh_token} may replace the one-time code.
     */
    public static final ParameterSet AUTH = ParameterSet.of("JobadderAuthParameters",
            Parameter.string(AUTHORIZATION_URL).defaultValue(JobAdderCredentials.DEFAULT_AUTHORIZATION_URL)
                    .description(AUTHORIZATION_URL_DOC),
            Parameter.string(CLIENT_ID).required().description(CLIENT_ID_DOC),
            Parameter.string(CLIENT_SECRET).required().secret().description(CLIENT_SECRET_DOC),
            Parameter.string(AUTHORIZATION_CODE).nullable().secret().description(AUTHORIZATION_CODE_DOC),
            Parameter.string(REDIRECT_URI).nullable().description(REDIRECT_URI_DOC),
            Parameter.string(REFRESH_TOKEN).nullable().secret().description("A refresh token obtained earlier, used"
                    + " when there is no authorization code. JobAdder may rotate it; the newest one is kept in the"
                    + " state store, so this value is only needed once"));

    private static final Parameter CANDIDATE_LIMIT = Parameter.integer(LIMIT).defaultValue(ListQuery.DEFAULT_LIMIT)
            .description("Candidates per list call (JobAdder accepts up to 1000)");
    private static final Parameter JOB_LIMIT = Parameter.integer(LIMIT).defaultValue(ListQuery.DEFAULT_LIMIT)
            .description("Jobs per list call (JobAdder accepts up to 1000)");

    private static List<Parameter> candidateFilters() {
        return List.of(CANDIDATE_LIMIT,
                Parameter.string("name").nullable().description("Only candidates whose name contains this text"),
                Parameter.string("email").nullable().description("Only the candidates with this email"),
                Parameter.integerList("status_id").nullable()
                        .description("Only candidates in these JobAdder status ids"));
    }

    private static List<Parameter> jobFilters() {
        return List.of(JOB_LIMIT,
                Parameter.string("job_title").nullable().description("Only jobs whose title contains this text"),
                Parameter.integerList("status_id").nullable().description("Only jobs in these JobAdder status ids"),
                Parameter.integerList("company_id").nullable().description("Only jobs of these JobAdder companies"));
    }

    /** v2 pull parameters of the candidate aisle, every mode. */
    public static final ParameterSet CANDIDATE_READ = ParameterSet.of("ReadCandidatesCriterias", candidateFilters());

    /** v2 pull parameters of the job aisle, every mode. */
    public static final ParameterSet JOB_READ = ParameterSet.of("ReadJobsCriterias", jobFilters());

    /** v1 {@code pull_profile_list} origin: the seed's OAuth parameters, then the candidate filters. */
    public static final ParameterSet V1_CANDIDATE_READ = ParameterSet.of("ReadProfilesParameters",
            with(v1Auth(), candidateFilters().toArray(Parameter[]::new)));

    /** v1 {@code pull_job_list} origin: the seed's OAuth parameters, then the job filters. */
    public static final ParameterSet V1_JOB_READ = ParameterSet.of("ReadJobsParameters",
            with(v1Auth(), jobFilters().toArray(Parameter[]::new)));

    /** v2 push parameters of candidate creates. */
    public static final ParameterSet CANDIDATE_CREATE = ParameterSet.of("CreateCriterias",
            Parameter.bool(ALLOW_DUPLICATES).defaultValue(false).description("Create the candidate even when"
                    + " JobAdder has one with the same email (the create is re-sent with the duplicate-override code of"
                    + " JobAdder's 409 answer, as the X-Allow-Duplicates header); otherwise such an item fails, naming"
                    + " the existing candidate"));

    /** v2 push parameters of candidate updates: none (the candidate id comes from the profile's reference). */
    public static final ParameterSet CANDIDATE_UPDATE = ParameterSet.of("UpdateCriterias");

    /**
     * The query of a read from its criteria ({@code limit} and the filters, with JobAdder's names).
     */
    static ListQuery query(Parameters criteria) {
        long limit = criteria.integer(LIMIT);
        if (limit < 1 || limit > 1000) {
            throw new ConnectorException("limit must be between 1 and 1000 (JobAdder's maximum page), got " + limit);
        }
        ListQuery q = ListQuery.of((int) limit);
        q = add(q, criteria, "name", "name");
        q = add(q, criteria, "email", "email");
        q = add(q, criteria, "job_title", "jobTitle");
        for (String[] list : new String[][] {{"status_id", "statusId"}, {"company_id", "companyId"}}) {
            if (criteria.declaration().parameter(list[0]).isPresent()) {
                for (Long v : criteria.integers(list[0])) {
                    q = q.with(list[1], String.valueOf(v));
                }
            }
        }
        return q;
    }

    private static ListQuery add(ListQuery q, Parameters criteria, String name,
            String apiName) {
        return criteria.declaration().parameter(name).isPresent() ? q.with(apiName, criteria.string(name)) : q;
    }

    private static List<Parameter> with(List<Parameter> first, Parameter... more) {
        List<Parameter> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
