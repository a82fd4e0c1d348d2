package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;

/**
 * The parameters of the Zoho Recruit connector, declared once for binding, validation, JSON Schema and docs.
 * Names, types, defaults, required markers and descriptions are the reference's, word for word (seed 002 for
 * the v2 auth and pull parameters, seed 000 for {@code push_profile_list}'s destination): they are the
 * documented surface users configure.
 */
public final class ZohoRecruitParameters {
    static final String CLIENT_ID = "A unique ID displayed under Self Client > Client Secret.";
    static final String CLIENT_SECRET = "A unique confidential secret displayed under Self Client > Client Secret.";
    static final String AUTHORIZATION_CODE = "The authorization code generated during the Self Client creation, "
            + "used to get the refresh token and the first access token.";
    static final String REFRESH_TOKEN = "The refresh token is used to generate a new access token when the "
            + "current access token expires.";
    static final String ACCOUNTS_URL = "Zoho CRM is hosted at multiple data centers. Therefore, the API domain URL "
            + "varies for each data center.\nYou must use your domain-specific Zoho Accounts URL to generate access "
            + "and refresh tokens. The following are the various domains and their corresponding accounts URLs.\n"
            + " US: https://accounts.zoho.com\n AU: https://accounts.zoho.com.au\n EU: https://accounts.zoho.eu\n"
            + " IN: https://accounts.zoho.in\n CN: https://accounts.zoho.com.cn\n JP: https://accounts.zoho.jp\n"
            + " CA: https://accounts.zohocloud.ca";
    static final String EU = ZohoDataCenter.EU.accountsUrl();

    /** v2 {@code connector_auth} (seed 002 "Zoho Recruit Auth Parameters"). */
    public static final ParameterSet AUTH = ParameterSet.of("AuthParameters",
            Parameter.string("client_id").required().description(CLIENT_ID),
            Parameter.string("client_secret").required().secret().description(CLIENT_SECRET),
            Parameter.string("authorization_code").nullable().secret().description(AUTHORIZATION_CODE),
            Parameter.string("refresh_token").nullable().secret().description(REFRESH_TOKEN),
            Parameter.string("zoho_accounts_url").allowedValues(ZohoDataCenter.accountsUrls()).defaultValue(EU)
                    .description(ACCOUNTS_URL));

    /** Pull parameters of the create and update flows (seed 002 "Pull Parameters (Zoho Recruit)"). */
    public static final ParameterSet READ = ParameterSet.of("ReadParameters",
            Parameter.string("fields").nullable().description("To list all the module records with respect to "
                    + "fields\nMultiple field API names, comma-separated.\nFor example Last_Name, Email"),
            Parameter.string("sort_order").nullable().allowedValues("asc", "desc").description("To sort the "
                    + "available list of records in either ascending or descending order\nasc - ascending order\n"
                    + "desc - descending order"),
            Parameter.string("sort_by").nullable().description("To sort the available list of records based on the "
                    + "given field\nField API name\nExample: Email"),
            Parameter.integer("cvid").nullable()
                    .description("To get the list of records based on custom views\n{custom_view_id}"),
            Parameter.integer("territory_id").nullable()
                    .description("To get the list of records based on territory\n{territory_id}"),
            Parameter.bool("include_child").nullable().description("To include records from the child territories."
                    + "\nTrue includes child territory records.\nFalse does not include child territory records.\n"
                    + "The default value is false."),
            Parameter.string("state").nullable().allowedValues("draft", "save").description("If the value of this "
                    + "parameter is 'draft', then the response will only contain Draft records from the specified "
                    + "module. If the parameter's value is 'save', then the response will return saved records from "
                    + "the specified module.\n\nIf this parameter is not included in your request body, then the "
                    + "response will only return saved records from the specified module."),
            Parameter.string("converted").nullable().allowedValues("true", "false", "both").defaultValue("false")
                    .description("To get the list of converted records.\nThe default value is false\ntrue - get only "
                            + "converted records\nfalse - get only non-converted records\nboth - get all records"),
            Parameter.string("approved").nullable().allowedValues("true", "false", "both").defaultValue("true")
                    .description("To get the list of approved records.\nThe default value is true\ntrue - get only "
                            + "approved records\nfalse - get only non-approved records\nboth - get all records"));

    /** Pull parameters of the archive flows (the reference's, with Zoho's lower-case values). */
    public static final ParameterSet READ_DELETED = ParameterSet.of("ReadDeleteParameters",
            Parameter.string("type").nullable().allowedValues("all", "recycle", "permanent").defaultValue("all")
                    .description("All\nTo get the list of all deleted records\nRecycle\nTo get the list of deleted "
                            + "records from recycle bin\nPermanent\nTo get the list of permanently deleted records"));

    /** Push parameters of the outbound create and update flows: none. */
    public static final ParameterSet WRITE = ParameterSet.of("WriteParameters");

    /** Push parameters of the outbound archive flow. */
    public static final ParameterSet WRITE_DELETE = ParameterSet.of("WriteDeleteParameters",
            Parameter.bool("wf_trigger").nullable().description("Represents if the workflow rules are to be "
                    + "triggered upon record deletion. The value true triggers workflows. The value false does not "
                    + "trigger workflows. The default value is true."));

    /** {@code push_profile_list} destination (seed 000 "Destination Parameters"): auth only. */
    public static final ParameterSet LEGACY_WRITE = ParameterSet.of("WriteZohoCandidatesParameters",
            Parameter.string("zoho_accounts_url").allowedValues(ZohoDataCenter.accountsUrls()).defaultValue(EU)
                    .docDefault("ZohoAccountsURL.EU").description(ACCOUNTS_URL),
            Parameter.string("client_id").required().description(CLIENT_ID),
            Parameter.string("client_secret").required().secret().description(CLIENT_SECRET),
            Parameter.string("authorization_code").required().secret().description(AUTHORIZATION_CODE),
            Parameter.string("refresh_token").secret().description(REFRESH_TOKEN));

    private ZohoRecruitParameters() {
    }
}
