package ai.hrflow.connectors.emulators.zoho;

import static ai.hrflow.connectors.emulators.zoho.FieldType.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fields of one module (contract §4): API name to {@link FieldType}, which ones the server owns
 * (read-only), which ones a create must carry, the subforms' row fields, and custom fields a test registers.
 */
final class ModuleSchema {
    static final Map<String, FieldType> EXPERIENCE = ordered("Company", TEXT, "Occupation_Title", TEXT,
            "Summary", LONG_TEXTAREA, "I_currently_work_here", BOOLEAN, "Work_Duration", DURATION);
    static final Map<String, FieldType> EDUCATION = ordered("Institute_School", TEXT, "Degree", TEXT,
            "Major_Department", TEXT, "Currently_pursuing", BOOLEAN, "Duration", DURATION);

    /** Written by the server only; the {@code $}-keys other than {@code $approved}/{@code $state} too. */
    private static final Set<String> COMMON_READ_ONLY = Set.of("id", "Created_Time", "Modified_Time", "Updated_On",
            "Last_Activity_Time", "Created_By", "Modified_By", "Is_Locked", "Is_Attachment_Present");

    final RecruitModule module;
    private final Map<String, FieldType> fields = new ConcurrentHashMap<>();
    /** Field API names in layout order, custom fields last: what a record read answers, with nulls. */
    private final List<String> layout = new CopyOnWriteArrayList<>();
    private final Set<String> readOnly;
    private volatile List<String> mandatory;

    private ModuleSchema(RecruitModule module, Map<String, FieldType> fields, Set<String> extraReadOnly,
            List<String> mandatory) {
        this.module = module;
        this.fields.putAll(fields);
        this.layout.addAll(fields.keySet());
        this.readOnly = union(COMMON_READ_ONLY, extraReadOnly);
        this.mandatory = mandatory;
    }

    static ModuleSchema of(RecruitModule module) {
        return module == RecruitModule.CANDIDATES ? candidates() : jobOpenings();
    }

    private static ModuleSchema candidates() {
        Map<String, FieldType> f = ordered("First_Name", TEXT, "Last_Name", TEXT, "Full_Name", TEXT,
                "Salutation", PICKLIST, "Email", EMAIL, "Secondary_Email", EMAIL, "Phone", PHONE, "Mobile", PHONE,
                "Fax", PHONE, "Street", TEXT, "City", TEXT, "State", TEXT, "Zip_Code", TEXT, "Country", TEXT,
                "Current_Job_Title", TEXT, "Current_Employer", TEXT, "Current_Salary", CURRENCY,
                "Expected_Salary", CURRENCY, "Experience_in_Years", DOUBLE, "Highest_Qualification_Held", PICKLIST,
                "Source", PICKLIST, "Origin", PICKLIST, "Candidate_Status", PICKLIST, "Candidate_Stage", PICKLIST,
                "Skill_Set", LONG_TEXTAREA, "Experience_Details", SUBFORM, "Educational_Details", SUBFORM,
                "Last_Mailed_Time", DATETIME, "Candidate_ID", TEXT, "Candidate_Owner", USER_LOOKUP,
                "LinkedIn__s", WEBSITE, "Facebook__s", WEBSITE, "Twitter", TEXT, "Website", WEBSITE,
                "Skype_ID", TEXT, "Is_Unqualified", BOOLEAN, "Fresh_Candidate", BOOLEAN, "Email_Opt_Out", BOOLEAN,
                "Associated_any_Social_Profiles", BOOLEAN, "Rating", INTEGER, "No_of_Applications", INTEGER,
                "Associated_Tags", TAGS, "Additional_Info", TEXTAREA, "Career_Page_Invite_Status", TEXT);
        return new ModuleSchema(RecruitModule.CANDIDATES, f,
                Set.of("Full_Name", "Candidate_ID", "Last_Mailed_Time", "No_of_Applications"), List.of("Last_Name"));
    }

    private static ModuleSchema jobOpenings() {
        Map<String, FieldType> f = ordered("Job_Opening_Name", TEXT, "Posting_Title", TEXT,
                "Client_Name", TEXT_OR_LOOKUP, "Job_Description", LONG_TEXTAREA, "Job_Type", PICKLIST,
                "Job_Opening_Status", PICKLIST, "Industry", PICKLIST, "Salary", TEXT, "Work_Experience", PICKLIST,
                "Number_of_Positions", TEXT, "Required_Skills", TEXTAREA, "Job_Opening_ID", TEXT, "City", TEXT,
                "State", TEXT, "Zip_Code", TEXT, "Country", TEXT, "Remote_Job", BOOLEAN,
                "Keep_on_Career_Site", BOOLEAN, "Is_Hot_Job_Opening", BOOLEAN, "Publish", BOOLEAN,
                "Date_Opened", DATE, "Target_Date", DATE, "Account_Manager", USER_LOOKUP, "Contact_Name", LOOKUP,
                "Assigned_Recruiter", MULTI_USER_LOOKUP, "Assigned_Recruiters", MULTI_USER_LOOKUP,
                "No_of_Candidates_Hired", INTEGER, "No_of_Candidates_Associated", INTEGER,
                "Expected_Revenue", CURRENCY, "Actual_Revenue", CURRENCY, "Missed_Revenue", CURRENCY,
                "Revenue_per_Position", CURRENCY, "Associated_Tags", TAGS);
        return new ModuleSchema(RecruitModule.JOB_OPENINGS, f,
                Set.of("Job_Opening_ID", "No_of_Candidates_Hired", "No_of_Candidates_Associated"),
                List.of("Job_Opening_Name"));
    }

    /** The field's type, or {@code null} when the module has no such field. */
    FieldType type(String field) {
        return fields.get(field);
    }

    boolean isReadOnly(String field) {
        if (field.startsWith("$")) {
            return !"$approved".equals(field) && !"$state".equals(field);
        }
        return readOnly.contains(field);
    }

    List<String> mandatory() {
        return mandatory;
    }

    void mandatory(List<String> fieldNames) {
        this.mandatory = List.copyOf(fieldNames);
    }

    void addCustomField(String apiName, FieldType type) {
        if (type == SUBFORM) {
            throw new IllegalArgumentException("custom subforms are not emulated");
        }
        if (fields.put(apiName, type) == null) {
            layout.add(apiName);
        }
    }

    /** Every field of the module, in layout order (custom fields last). */
    List<String> layoutFields() {
        return layout;
    }

    boolean isKnown(String field) {
        return fields.containsKey(field);
    }

    /** Row fields of a subform of this module. */
    static Map<String, FieldType> subform(String field) {
        return "Experience_Details".equals(field) ? EXPERIENCE : EDUCATION;
    }

    private static Map<String, FieldType> ordered(Object... pairs) {
        Map<String, FieldType> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (FieldType) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> s = new java.util.HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }
}
