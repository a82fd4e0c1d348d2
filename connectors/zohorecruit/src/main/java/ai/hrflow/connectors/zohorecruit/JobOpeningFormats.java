package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.mapping.Html;
import ai.hrflow.connectors.api.mapping.Skills;
import ai.hrflow.connectors.api.spi.Format;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The default format of the job flows: a Zoho Recruit job opening (contract §4.2) → an HrFlow job. As the
 * reference's, with its bugs fixed: tags read the v2 API names ({@code Account_Manager}, {@code Client_Name},
 * {@code Job_Type}, {@code Work_Experience}, {@code Modified_By}, {@code Assigned_Recruiter},
 * {@code Contact_Name}; the reference read legacy names that v2 records never have), lookups become their name,
 * and any field may be missing. {@code Job_Description} and {@code Additional_Info} (HTML) reach HrFlow without
 * active content (scripts, styles, event handlers, unsafe links), {@code Required_Skills} is split and
 * de-duplicated, and {@code Associated_Tags} become tags.
 */
public final class JobOpeningFormats {

    /** Zoho job opening → HrFlow job: the inbound create and update job flows. */
    public static final Format ZOHO_JOB_OPENING_TO_HRFLOW =
            Format.named("format_zoho_job_opening_to_hrflow", JobOpeningFormats.class, JobOpeningFormats::toJob);

    private static final List<String> TAGS = List.of("Account_Manager", "Assigned_Recruiter", "Client_Name",
            "Contact_Name", "Date_Opened", "Target_Date", "Industry", "Job_Opening_Status", "Job_Type",
            "Number_of_Positions", "No_of_Candidates_Associated", "No_of_Candidates_Hired", "State",
            "Work_Experience", "Country", "Modified_By", "Salary", "Remote_Job");

    private JobOpeningFormats() {
    }

    static ObjectNode toJob(ObjectNode opening) {
        ObjectNode job = Json.object();
        Fields.put(job, "reference", Fields.text(opening, "id"));
        String name = Fields.text(opening, "Job_Opening_Name");
        Fields.putOrNull(job, "name", name != null ? name : Fields.text(opening, "Posting_Title"));
        job.set("location", CandidateFormats.location(opening, null));
        String description = Html.sanitize(Fields.text(opening, "Job_Description"));
        Fields.putOrNull(job, "summary", description);
        ArrayNode sections = job.putArray("sections");
        section(sections, "Job_Description", "Job Description", description);
        section(sections, "Additional_Info", "Additional Info", Html.sanitize(Fields.text(opening, "Additional_Info")));
        job.set("skills", Fields.skills(Skills.split(Fields.text(opening, "Required_Skills")), "hard"));
        ArrayNode tags = CandidateFormats.tags(opening, TAGS);
        if (!opening.hasNonNull("Assigned_Recruiter") && opening.path("Assigned_Recruiters").isArray()) {
            String recruiters = CandidateFormats.names(opening.path("Assigned_Recruiters"));
            if (recruiters != null) {
                tags.addObject().put("name", "Assigned_Recruiters").put("value", recruiters);
            }
        }
        job.set("tags", CandidateFormats.withAssociatedTags(tags, opening));
        Fields.put(job, "created_at", Fields.text(opening, "Created_Time"));
        Fields.put(job, "updated_at", Fields.text(opening, "Modified_Time"));
        return job;
    }

    private static void section(ArrayNode sections, String name, String title, String description) {
        if (description != null) {
            sections.addObject().put("name", name).put("title", title).put("description", description);
        }
    }
}
