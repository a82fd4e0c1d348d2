package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.params.Parameters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every parameter the Recruitee side declares, once. Names, types, defaults and descriptions are the
 * reference's, except two plain spelling mistakes corrected ("satging" and "begining"); the copy-pasted
 * "disqualified" of {@code qualified} is kept, as its meaning is only unclear, not wrong. Our additions and
 * changes are said where declared and in the README.
 */
public final class RecruiteeParameters {
    static final String COMPANY_ID = "company_id";
    static final String API_TOKEN = "api_token";
    static final String RECRUITEE_ENDPOINT = "recruitee_endpoint";
    static final String OFFER_IDS = "offer_ids";
    static final String OFFER_ID = "offer_id";
    static final String OFFERS = "offers";

    private static final String COMPANY_DOC = "Company ID. A company subdomain can also be used.";
    private static final String TOKEN_DOC =
            "Personal API Token allowing access to the Recruitee API from external services.";
    private static final String ENDPOINT_DOC = "Specifies which endpoint to be used, staging or production.";

    private RecruiteeParameters() {
    }

    // ---- v2

    /** The connector auth of every flow. */
    public static final ParameterSet AUTH = ParameterSet.of("AuthParameters",
            Parameter.string(COMPANY_ID).required().description(COMPANY_DOC),
            Parameter.string(API_TOKEN).required().secret().description(TOKEN_DOC),
            Parameter.string(RECRUITEE_ENDPOINT).allowedValues(RecruiteeEndpoint.urls().toArray(String[]::new))
                    .defaultValue(RecruiteeEndpoint.PRODUCTION.url()).description(ENDPOINT_DOC));

    /**
     * Candidate read, create and update modes. {@code limit} caps how many candidates a run reads and
     * {@code offset} where it starts; the reader pages through the rest itself (the reference sent them once,
     * as one page).
     */
    public static final ParameterSet READ_PROFILES = ParameterSet.of("ReadProfilesParameters",
            Parameter.integer("limit").nullable().description("Specifies the number of candidates to retrieve"),
            Parameter.integer("offset").nullable().description("Skip number of candidates from the beginning, used "
                    + "for ‘load more’, offset for next page should be current offset + limit"),
            Parameter.string("created_after").nullable().description("Show only candidates created after given date"),
            Parameter.bool("disqualified").nullable().description("Show only disqualified candidates who are "
                    + "disqualified in at least one job (should be string ‘true’ or ‘1’)."),
            Parameter.bool("qualified").nullable().description("Show only disqualified candidates who are qualified "
                    + "in at least one job (should be string ‘true’ or ‘1’)."),
            Parameter.string("ids").nullable()
                    .description("List of IDs separated by comma, example: 234221,4211412,535432"),
            Parameter.string("offer_id").nullable().description("Filter by offer"),
            Parameter.string("query").nullable().description("Search query for candidate’s name or offer"),
            Parameter.string("sort").nullable().allowedValues("by_date", "by_last_message")
                    .description("Sorting options: by_date, by_last_message"),
            Parameter.bool("with_messages").nullable().description("Show only candidates with messages (should be "
                    + "string ‘true’ or ‘1’)"),
            Parameter.bool("with_my_messages").nullable().description("Show only candidates with messages that "
                    + "current admin sent (should be string ‘true’ or ‘1’"));

    /**
     * Candidate read, archive mode (ours: the reference read every candidate here and archived them all).
     * Recruitee deletes candidates for good and lists only existing ones, so the candidates to check are named.
     */
    public static final ParameterSet READ_DELETED_PROFILES = ParameterSet.of("ReadArchivedProfilesParameters",
            Parameter.string("ids").required().description("List of IDs separated by comma, example: "
                    + "234221,4211412,535432. Those Recruitee no longer has (deleted) are archived in HrFlow"));

    public static final ParameterSet WRITE_PROFILES = ParameterSet.of("WriteProfilesParameters",
            Parameter.integerList(OFFERS).nullable()
                    .description("Offers to which the candidate will be assigned with default stage."));

    public static final ParameterSet UPDATE_PROFILES = ParameterSet.of("UpdateProfilesParameters");

    public static final ParameterSet ARCHIVE_PROFILES = ParameterSet.of("ArchiveProfilesParameters");

    /** Offer read, every mode; archive mode reads archived offers whatever {@code scope} says. */
    public static final ParameterSet READ_JOBS = ParameterSet.of("ReadJobsParameters",
            Parameter.string("kind").nullable().allowedValues("job", "talent_pool").defaultValue("job")
                    .description("If no kind is given, returns all job offers, if kind is job then lists only jobs, "
                            + "if scope is talent_pool, lists only talent pools"),
            Parameter.string("scope").nullable().allowedValues("archived", "active", "not_archived")
                    .defaultValue("active").description("If no scope is given list all job offers. archived returns "
                            + "only archived job offers, active returns published, internal and closed job offers, "
                            + "not_archived returns all but archived jobs"),
            Parameter.string("view_mode").allowedValues("default", "brief").defaultValue("default")
                    .description("default (default mode, includes most of offer details); brief (only offer’s id, "
                            + "title, status and kind)"));

    // ---- v1

    /** The target {@code Recruitee Profiles} of {@code push_profile} (seed 004, "Destination Parameters"). */
    public static final ParameterSet V1_WRITE_PROFILE = ParameterSet.of("WriteProfileParameters",
            Parameter.string(COMPANY_ID).required().description(COMPANY_DOC),
            Parameter.string(API_TOKEN).required().secret().description(TOKEN_DOC),
            Parameter.string(RECRUITEE_ENDPOINT).required()
                    .allowedValues(RecruiteeEndpoint.v1Labels().toArray(String[]::new)).description(ENDPOINT_DOC),
            Parameter.integerList(OFFER_IDS).description("Offers to which the candidate will be assigned with "
                    + "default stage. You can also pass one ID as offer_id"),
            // What the description above promises: one id as offer_id (or offer_ids: 123). Left out of the docs
            // so the table stays the reference's.
            Parameter.integer(OFFER_ID).nullable().hiddenFromDocs()
                    .description("One offer to which the candidate will be assigned, as offer_ids: [id]"));

    /** {@code offer_ids} and {@code offer_id} of {@code push_profile}'s target, in order, each once. */
    static List<Long> v1OfferIds(Parameters p) {
        Set<Long> ids = new LinkedHashSet<>(p.integers(OFFER_IDS));
        Long one = p.integer(OFFER_ID);
        if (one != null) {
            ids.add(one);
        }
        return List.copyOf(ids);
    }
}
