package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;

/**
 * Every parameter the HrFlow side declares, once. Names, types, defaults, required markers and descriptions
 * are the reference's, verbatim: the v2 ones appear in seed 002 ("HrFlow.ai Auth Parameters", "Push Parameters
 * (HrFlow)"), the v1 ones in seeds 000/001/003/004 ("Source Parameters") and in the reference's v1 HrFlow
 * warehouse (pull actions' "Destination Parameters").
 */
public final class HrFlowParameters {
    private HrFlowParameters() {
    }

    static final String API_SECRET = "api_secret";
    static final String API_USER = "api_user";
    static final String SOURCE_KEY = "source_key";
    static final String PROFILE_KEY = "profile_key";
    static final String BOARD_KEY = "board_key";
    static final String JOB_KEY = "job_key";
    static final String ONLY_EDIT_FIELDS = "only_edit_fields";
    static final String ENRICH_WITH_PARSING = "enrich_with_parsing";
    static final String EDIT = "edit";

    private static final String ONLY_EDIT_FIELDS_DOC =
            "List of attributes to use for the edit operation e.g. ['tags', 'metadatas']";

    private static final Parameter SOURCE = Parameter.string(SOURCE_KEY).required()
            .description("HrFlow.ai source key");
    private static final Parameter BOARD = Parameter.string(BOARD_KEY).required()
            .description("HrFlow.ai board key");

    // ---- v2

    /** The warehouse auth (seed 002, "HrFlow.ai Auth Parameters"). */
    public static final ParameterSet AUTH = ParameterSet.of("AuthParameters",
            Parameter.string(API_SECRET).required().secret().description("API Key used to access HrFlow.ai API"),
            Parameter.string(API_USER).required().description("User email used to access HrFlow.ai API"));

    /**
     * Profile read, every mode. The reference requires {@code profile_key} and reads that one profile; ours
     * makes it optional so that HrFlow can be the origin of scheduled syncs: without it, every profile of the
     * source is read.
     */
    public static final ParameterSet PROFILE_READ = ParameterSet.of("ReadAllModesCriterias",
            SOURCE,
            Parameter.string(PROFILE_KEY).description("HrFlow.ai profile key"));

    public static final ParameterSet PROFILE_CREATE = ParameterSet.of("CreateCriterias", SOURCE);

    /** Seed 002, "Push Parameters (HrFlow)". */
    public static final ParameterSet PROFILE_UPDATE = ParameterSet.of("UpdateCriterias",
            SOURCE,
            Parameter.stringList(ONLY_EDIT_FIELDS).nullable().description(ONLY_EDIT_FIELDS_DOC));

    public static final ParameterSet PROFILE_ARCHIVE = ParameterSet.of("ArchiveCriterias", SOURCE);

    /** Job read, every mode: our addition (the reference has no job read); {@code job_key} reads one job. */
    public static final ParameterSet JOB_READ = ParameterSet.of("ReadAllModesCriterias",
            BOARD,
            Parameter.string(JOB_KEY).description("HrFlow.ai job key"));

    public static final ParameterSet JOB_CREATE = ParameterSet.of("CreateCriterias",
            BOARD,
            Parameter.bool(ENRICH_WITH_PARSING).defaultValue(false)
                    .description("When enabled jobs are enriched with HrFlow.ai parsing"));

    public static final ParameterSet JOB_UPDATE = ParameterSet.of("UpdateCriterias", BOARD);

    public static final ParameterSet JOB_ARCHIVE = ParameterSet.of("ArchiveCriterias", BOARD);

    // ---- v1 (auth and criteria in one set, as the reference's ParametersModel)

    private static final Parameter V1_API_SECRET = Parameter.string(API_SECRET).required().secret()
            .description("X-API-KEY used to access HrFlow.ai API");
    private static final Parameter V1_API_USER = Parameter.string(API_USER).required()
            .description("X-USER-EMAIL used to access HrFlow.ai API");

    /** The origin {@code HrFlow.ai Profiles} (seeds 000, 001, 003, 004, "Source Parameters"). */
    public static final ParameterSet V1_PROFILE_READ = ParameterSet.of("ReadProfileParameters",
            V1_API_SECRET,
            V1_API_USER,
            SOURCE,
            Parameter.string(PROFILE_KEY).required().description("HrFlow.ai profile key"));

    /**
     * The target {@code HrFlow.ai Profiles} of {@code pull_profile_list} actions. The reference declares
     * {@code only_edit_fields} as {@code Optional[List[str]]} without default, which pydantic v1 shows as
     * required yet accepts as null; we accept it omitted too, and keep the required marker in the docs.
     */
    public static final ParameterSet V1_PROFILE_WRITE = ParameterSet.of("WriteProfileParameters",
            V1_API_SECRET,
            V1_API_USER,
            SOURCE,
            Parameter.bool(EDIT).defaultValue(false)
                    .description("When enabled the profile must exist in the source"),
            Parameter.stringList(ONLY_EDIT_FIELDS).nullable().docRequired(true).description(ONLY_EDIT_FIELDS_DOC));
}
