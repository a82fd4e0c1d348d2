package ai.hrflow.connectors.docs;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorType;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Flow;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.TriggerType;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.spi.Format;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.WriteOperation;
import ai.hrflow.connectors.api.spi.WriteResult;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test-only connectors declaring exactly the parameters of the five seeds (names, types, defaults, required
 * markers, descriptions with the reference's typos and embedded newlines), with in-memory operations. The
 * real connectors declare their own; these pin what the generator must make of such declarations.
 * The default formats are declared in this file, which the docs link to (module root = {@code core}).
 */
final class SeedConnectors {
    static final String SOURCE = "src/test/java/ai/hrflow/connectors/docs/SeedConnectors.java";

    static final Format ZOHO_RECRUIT_FORMAT = Format.named("format_hrflow_profile_to_zoho", SeedConnectors.class, i -> i);
    static final Format ZOHO_FORMAT = Format.named("format_candidate", SeedConnectors.class, i -> i);
    static final Format JOBADDER_FORMAT = Format.named("format_profile_to_jobadder", SeedConnectors.class, i -> i);
    static final Format RECRUITEE_FORMAT = Format.named("format_profile", SeedConnectors.class, i -> i);

    static final String ZOHO_ACCOUNTS_URL_DESCRIPTION = "Zoho CRM is hosted at multiple data centers. Therefore, "
            + "the API domain URL varies for each data center.\nYou must use your domain-specific Zoho Accounts URL "
            + "to generate access and refresh tokens. The following are the various domains and their "
            + "corresponding accounts URLs.\n US: https://accounts.zoho.com\n AU: https://accounts.zoho.com.au\n "
            + "EU: https://accounts.zoho.eu\n IN: https://accounts.zoho.in\n CN: https://accounts.zoho.com.cn\n "
            + "JP: https://accounts.zoho.jp\n CA: https://accounts.zohocloud.ca";
    static final String[] ZOHO_ACCOUNTS_URLS = {"https://accounts.zoho.com", "https://accounts.zoho.com.au",
        "https://accounts.zoho.eu", "https://accounts.zoho.in", "https://accounts.zoho.com.cn",
        "https://accounts.zoho.jp", "https://accounts.zohocloud.ca"};
    static final String CLIENT_ID = "A unique ID displayed under Self Client > Client Secret.";
    static final String CLIENT_SECRET = "A unique confidential secret displayed under Self Client > Client Secret.";
    static final String AUTHORIZATION_CODE = "The authorization code generated during the Self Client creation, "
            + "used to get the refresh token and the first access token.";
    static final String REFRESH_TOKEN = "The refresh token is used to generate a new access token when the "
            + "current access token expires.";

    /** What the in-memory targets received, for tests that run the seed actions. */
    static final List<ObjectNode> WRITTEN = new CopyOnWriteArrayList<>();

    private SeedConnectors() {
    }

    /** Makes {@code module} a module root from which the default formats' links resolve. */
    static void copyFormatsSource(Path module) throws IOException {
        Path copy = module.resolve(SOURCE);
        Files.createDirectories(copy.getParent());
        Files.copy(Path.of(SOURCE), copy, StandardCopyOption.REPLACE_EXISTING);
    }

    static ReadOperation reader(Mode mode, ParameterSet criteria) {
        return ReadOperation.builder().mode(mode, criteria)
                .reader(request -> cursor -> Page.of(List.of(Json.object().put("reference", "r1")), null, null))
                .build();
    }

    static WriteOperation writer(Mode mode, ParameterSet parameters) {
        return WriteOperation.builder().mode(mode, parameters).writer(request -> items -> {
            WRITTEN.addAll(items);
            return WriteResult.ok();
        }).build();
    }

    /** The v1 HrFlow profile warehouse's read parameters (seeds 000, 001, 003, 004). */
    static ParameterSet hrflowV1Profile() {
        return ParameterSet.of("ReadProfileParameters",
                Parameter.string("api_secret").required().secret()
                        .description("X-API-KEY used to access HrFlow.ai API"),
                Parameter.string("api_user").required().description("X-USER-EMAIL used to access HrFlow.ai API"),
                Parameter.string("source_key").required().description("HrFlow.ai source key"),
                Parameter.string("profile_key").required().description("HrFlow.ai profile key"));
    }

    /** The v2 HrFlow warehouse: its auth and a profile aisle written in update mode (seed 002). */
    static Warehouse hrflow() {
        ParameterSet auth = ParameterSet.of("AuthParameters",
                Parameter.string("api_secret").required().secret()
                        .description("API Key used to access HrFlow.ai API"),
                Parameter.string("api_user").required().description("User email used to access HrFlow.ai API"));
        ParameterSet update = ParameterSet.of("UpdateCriterias",
                Parameter.string("source_key").required().description("HrFlow.ai source key"),
                Parameter.stringList("only_edit_fields").nullable().description(
                        "List of attributes to use for the edit operation e.g. ['tags', 'metadatas']"));
        ObjectNode schema = Json.object().put("title", "HrFlowProfile").put("type", "object");
        return new Warehouse("HrFlow", auth, List.of(new Aisle(Entity.PROFILE, reader(Mode.UPDATE,
                hrflowV1Profile()), writer(Mode.UPDATE, update), schema)));
    }

    static LegacyAction.Builder outboundProfile(String name, String description) {
        return LegacyAction.builder(name).description(description).trigger(TriggerType.CATCH)
                .direction(Direction.OUTBOUND).entity(Entity.PROFILE).mode(Mode.CREATE)
                .origin("HrFlow.ai Profiles", reader(Mode.CREATE, hrflowV1Profile()));
    }

    /** Seeds 000 ({@code push_profile_list}) and 002 ({@code update_profiles_in_hrflow}). */
    static Connector zohoRecruit() {
        ParameterSet auth = ParameterSet.of("ZohoRecruitAuthParameters",
                Parameter.string("client_id").required().description(CLIENT_ID),
                Parameter.string("client_secret").required().secret().description(CLIENT_SECRET),
                Parameter.string("authorization_code").nullable().secret().description(AUTHORIZATION_CODE),
                Parameter.string("refresh_token").nullable().secret().description(REFRESH_TOKEN),
                Parameter.string("zoho_accounts_url").allowedValues(ZOHO_ACCOUNTS_URLS)
                        .defaultValue("https://accounts.zoho.eu").description(ZOHO_ACCOUNTS_URL_DESCRIPTION));
        ObjectNode schema = Json.object().put("title", "ZohoRecruitCandidate").put("type", "object");
        Warehouse zoho = new Warehouse("Zoho Recruit", auth, List.of(new Aisle(Entity.PROFILE,
                reader(Mode.UPDATE, zohoPullParameters()), null, schema)));
        ParameterSet destination = ParameterSet.of("WriteZohoCandidates",
                Parameter.string("zoho_accounts_url").allowedValues(ZOHO_ACCOUNTS_URLS)
                        .defaultValue("https://accounts.zoho.eu").docDefault("ZohoAccountsURL.EU")
                        .description(ZOHO_ACCOUNTS_URL_DESCRIPTION),
                Parameter.string("client_id").required().description(CLIENT_ID),
                Parameter.string("client_secret").required().secret().description(CLIENT_SECRET),
                Parameter.string("authorization_code").required().secret().description(AUTHORIZATION_CODE),
                Parameter.string("refresh_token").secret().description(REFRESH_TOKEN));
        return Connector.builder().name("Zoho Recruit").subtype("zohorecruit").type(ConnectorType.ATS)
                .description("Zoho Recruit is an applicant tracking system.").url("https://www.zoho.com/recruit/")
                .warehouse(zoho).hrflow(hrflow())
                .flow(Flow.of(Mode.UPDATE, Entity.PROFILE, Direction.INBOUND))
                .legacyAction(outboundProfile("push_profile_list", "Pushs Profiles from HrFlow to Zoho Recruit")
                        .target("Zoho Candidates", writer(Mode.CREATE, destination))
                        .format(ZOHO_RECRUIT_FORMAT).build())
                .build();
    }

    static ParameterSet zohoPullParameters() {
        String both = "both - get all records";
        return ParameterSet.of("ReadUpdatedProfilesCriterias",
                Parameter.string("fields").nullable().description("To list all the module records with respect to "
                        + "fields\nMultiple field API names, comma-separated.\nFor example Last_Name, Email"),
                Parameter.string("sort_order").nullable().allowedValues("asc", "desc").description("To sort the "
                        + "available list of records in either ascending or descending order\nasc - ascending order\n"
                        + "desc - descending order"),
                Parameter.string("sort_by").nullable().description("To sort the available list of records based on "
                        + "the given field\nField API name\nExample: Email"),
                Parameter.integer("cvid").nullable()
                        .description("To get the list of records based on custom views\n{custom_view_id}"),
                Parameter.integer("territory_id").nullable()
                        .description("To get the list of records based on territory\n{territory_id}"),
                Parameter.bool("include_child").nullable().description("To include records from the child "
                        + "territories.\nTrue includes child territory records.\nFalse does not include child "
                        + "territory records.\nThe default value is false."),
                Parameter.string("state").nullable().allowedValues("draft", "save").description("If the value of "
                        + "this parameter is 'draft', then the response will only contain Draft records from the "
                        + "specified module. If the parameter's value is 'save', then the response will return saved "
                        + "records from the specified module.\n\nIf this parameter is not included in your request "
                        + "body, then the response will only return saved records from the specified module."),
                Parameter.string("converted").nullable().allowedValues("true", "false", "both").defaultValue("false")
                        .description("To get the list of converted records.\nThe default value is false\ntrue - get "
                                + "only converted records\nfalse - get only non-converted records\n" + both),
                Parameter.string("approved").nullable().allowedValues("true", "false", "both").defaultValue("true")
                        .description("To get the list of approved records.\nThe default value is true\ntrue - get "
                                + "only approved records\nfalse - get only non-approved records\n" + both));
    }

    /** Seed 001: the former "Zoho" connector's {@code push_profile}. */
    static Connector zoho() {
        ParameterSet destination = ParameterSet.of("WriteZohoProfile",
                Parameter.string("accounts_url").required().description("URL for fetching accounts"),
                Parameter.string("client_id").required().description("Client ID for authenticating with Lever API"),
                Parameter.string("client_secret").required().secret()
                        .description("Client secret for authenticating with Lever API"),
                Parameter.string("authorization_code").required().secret()
                        .description("Authorization code for obtaining access token"),
                Parameter.string("candidateOwner").defaultValue("HrFlow").description("Owner of the candidate"));
        return legacyOnly("Zoho", "zoho", outboundProfile("push_profile",
                "Pushs specific Profile from HrFlow and writes it to a Zoho Candidate")
                .target("Zoho Candidates", writer(Mode.CREATE, destination)).format(ZOHO_FORMAT).build());
    }

    /** Seed 003: Jobadder {@code push_profile}. */
    static Connector jobadder() {
        ParameterSet destination = ParameterSet.of("WriteJobadderProfile",
                Parameter.string("authorization_url").required()
                        .description("Authorization URL for obtaining authorization code"),
                Parameter.string("client_id").required()
                        .description("Client ID for authenticating with Jobadder API"),
                Parameter.string("client_secret").required().secret()
                        .description("Client secret for authenticating with Jobadder API"),
                Parameter.string("authorization_code").required().secret()
                        .description("Authorization code for obtaining access token"),
                Parameter.string("redirect_uri").required().description("Redirect URI for obtaining access token"),
                Parameter.bool("XAllowDuplicates").defaultValue(false).description("Allow duplicates"));
        return legacyOnly("Jobadder", "jobadder", outboundProfile("push_profile",
                "Retrieves profiles from an Hrflow.ai source and writes them to Jobadder")
                .target("Jobadder Profiles", writer(Mode.CREATE, destination)).format(JOBADDER_FORMAT).build());
    }

    /** Seed 004: Recruitee {@code push_profile}. */
    static Connector recruitee() {
        ParameterSet destination = ParameterSet.of("WriteRecruiteeProfile",
                Parameter.string("company_id").required()
                        .description("Company ID. A company subdomain can also be used."),
                Parameter.string("api_token").required().secret().description("Personal API Token allowing access "
                        + "to the Recruitee API from external services."),
                Parameter.string("recruitee_endpoint").required()
                        .allowedValues("STAGING ENDPOINT", "PRODUCTION ENDPOINT")
                        .description("Specifies which endpoint to be used, satging or production."),
                Parameter.integerList("offer_ids").description("Offers to which the candidate will be assigned with "
                        + "default stage. You can also pass one ID as offer_id"));
        return legacyOnly("Recruitee", "recruitee", outboundProfile("push_profile",
                "Writes a profile from Hrflow.ai Source as a candidate on Recruitee via the API")
                .target("Recruitee Profiles", writer(Mode.CREATE, destination)).format(RECRUITEE_FORMAT).build());
    }

    private static Connector legacyOnly(String name, String subtype, LegacyAction action) {
        return Connector.builder().name(name).subtype(subtype).type(ConnectorType.ATS)
                .description(name + " test connector").url("https://example.com/" + subtype)
                .warehouse(new Warehouse(name, ParameterSet.empty(), List.of())).hrflow(hrflow())
                .legacyAction(action).build();
    }
}
