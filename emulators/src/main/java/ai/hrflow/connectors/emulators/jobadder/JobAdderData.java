package ai.hrflow.connectors.emulators.jobadder;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic JobAdder data for tests, the demo and benchmarks: the same {@code (n, seed)} always gives the
 * same records. Candidates are in the create-command shape plus {@code createdAt}/{@code updatedAt} (which
 * {@link JobAdderEmulator#seedCandidate} keeps), with unique emails; jobs in the read shape with a
 * {@code statusId}. Timestamps start at 2024-01-02 and grow with the index, a few sharing a second.
 */
public final class JobAdderData {
    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Tim", "Barbara",
        "Dennis", "Frances", "Ken", "Radia", "Edsger", "Hedy", "John", "Sophie"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Johnson", "Torvalds", "Hamilton",
        "Berners-Lee", "Liskov", "Ritchie", "Allen", "Thompson", "Perlman", "Dijkstra", "Lamarr", "Backus", "Wilson"};
    private static final String[] CITIES = {"Sydney", "Melbourne", "Auckland", "London", "Brisbane", "Wellington"};
    private static final String[] COUNTRIES = {"AU", "AU", "NZ", "GB", "AU", "NZ"};
    private static final String[] SKILLS = {"Java", "Python", "SQL", "Kubernetes", "Recruiting", "Sales", "Excel",
        "Negotiation", "React", "AWS", "Payroll", "Accounting"};
    private static final String[] EMPLOYERS = {"Acme Ltd", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries"};
    private static final String[] POSITIONS = {"Software Engineer", "Data Analyst", "Recruiter", "Account Manager",
        "Project Manager", "Accountant"};
    private static final String[] SCHOOLS = {"University of Sydney", "University of Auckland", "Imperial College",
        "Monash University"};
    private static final String[] COURSES = {"BSc Computer Science", "BCom Accounting", "MBA", "BA Psychology"};
    private static final Instant START = Instant.parse("2024-01-02T08:00:00Z");

    private JobAdderData() {
    }

    /** {@code n} candidates; emails {@code first.last.<i>@example.com} are unique within one call. */
    public static List<ObjectNode> candidates(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ObjectNode> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(candidate(i, random));
        }
        return out;
    }

    /** {@code n} jobs, about one in five closed (inactive status). */
    public static List<ObjectNode> jobs(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<ObjectNode> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(job(i, random));
        }
        return out;
    }

    private static ObjectNode candidate(int i, SplittableRandom r) {
        String first = pick(FIRST, r);
        String last = pick(LAST, r);
        int city = r.nextInt(CITIES.length);
        ObjectNode c = Json.object().put("firstName", first).put("lastName", last)
                .put("email", (first + "." + last + "." + i + "@example.com").toLowerCase(Locale.ROOT))
                .put("phone", "+61 2 " + (9000_0000 + r.nextInt(1_000_0000)))
                .put("mobile", "+61 4" + (10_000_000 + r.nextInt(89_999_999)))
                .put("summary", first + " is a " + pick(POSITIONS, r).toLowerCase(Locale.ROOT) + " with "
                        + (1 + r.nextInt(20)) + " years of experience.")
                .put("dateOfBirth", LocalDate.of(1960 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28)).toString());
        ObjectNode address = c.putObject("address");
        address.putArray("street").add((1 + r.nextInt(200)) + " " + pick(LAST, r) + " Street");
        address.put("city", CITIES[city]).put("postalCode", String.valueOf(1000 + r.nextInt(8999)))
                .put("countryCode", COUNTRIES[city]);
        ArrayNode skills = c.putArray("skillTags");
        int skillCount = 1 + r.nextInt(4);
        for (int s = 0; s < skillCount; s++) {
            String skill = SKILLS[(i + s * 5) % SKILLS.length];
            skills.add(skill);
        }
        ObjectNode employment = c.putObject("employment");
        employment.putObject("current").put("employer", pick(EMPLOYERS, r)).put("position", pick(POSITIONS, r));
        ArrayNode history = employment.putArray("history");
        int jobs = r.nextInt(3);
        for (int h = 0; h < jobs; h++) {
            int year = 2010 + h * 4 + r.nextInt(3);
            history.addObject().put("employer", pick(EMPLOYERS, r)).put("position", pick(POSITIONS, r))
                    .put("start", year + "-0" + (1 + r.nextInt(9)) + "-01")
                    .put("end", (year + 3) + "-0" + (1 + r.nextInt(9)) + "-01")
                    .put("description", "Delivered projects at scale.");
        }
        c.putArray("education").addObject().put("institution", pick(SCHOOLS, r)).put("course", pick(COURSES, r))
                .put("date", (2000 + r.nextInt(20)) + "-12-01");
        c.putObject("social").put("linkedin", "https://www.linkedin.com/in/" + first.toLowerCase(Locale.ROOT)
                + "-" + last.toLowerCase(Locale.ROOT) + "-" + i);
        Instant created = START.plusSeconds(i * 90L + r.nextInt(3));
        c.put("createdAt", created.toString()).put("updatedAt", created.plusSeconds(r.nextInt(2) * 3600L).toString());
        return c;
    }

    private static ObjectNode job(int i, SplittableRandom r) {
        String position = pick(POSITIONS, r);
        int city = r.nextInt(CITIES.length);
        ObjectNode j = Json.object().put("jobTitle", (r.nextBoolean() ? "Senior " : "") + position)
                .put("statusId", r.nextInt(5) == 0 ? 3 : 1)
                .put("summary", "Join " + pick(EMPLOYERS, r) + " as a " + position + ".")
                .put("jobDescription", "<p>We are looking for a " + position + " in " + CITIES[city] + ".</p>");
        j.putObject("company").put("companyId", 100 + r.nextInt(20)).put("name", pick(EMPLOYERS, r));
        ObjectNode location = j.putObject("location").put("locationId", 10 + city).put("name", CITIES[city]);
        location.putObject("area").put("areaId", 100 + city).put("name", CITIES[city] + " CBD");
        j.putObject("workplaceAddress").put("city", CITIES[city]).put("countryCode", COUNTRIES[city])
                .putArray("street").add((1 + r.nextInt(99)) + " George Street");
        j.putObject("workType").put("workTypeId", 1).put("name", r.nextBoolean() ? "Permanent" : "Contract");
        int low = 60_000 + r.nextInt(60) * 1000;
        j.putObject("salary").put("ratePer", "Year").put("rateLow", low).put("rateHigh", low + 20_000)
                .put("currency", "AUD");
        ObjectNode skillTags = j.putObject("skillTags").put("matchAll", false);
        skillTags.putArray("tags").add(SKILLS[i % SKILLS.length]).add(SKILLS[(i + 3) % SKILLS.length]);
        Instant created = START.plusSeconds(i * 600L + r.nextInt(5));
        j.put("createdAt", created.toString()).put("updatedAt", created.plusSeconds(r.nextInt(3) * 60L).toString());
        return j;
    }

    private static String pick(String[] values, SplittableRandom r) {
        return values[r.nextInt(values.length)];
    }
}
