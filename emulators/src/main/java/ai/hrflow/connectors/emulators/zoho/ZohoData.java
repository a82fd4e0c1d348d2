package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.zoho.DataPools.Family;
import ai.hrflow.connectors.emulators.zoho.DataPools.Place;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Realistic Zoho Recruit records for demos and benchmarks: Candidates with the fields of contract §4.1 and
 * experience/education subforms (§4.3), JobOpenings with those of §4.2. Each record is what a client would
 * send on insert (no id, times or other server fields), so it can be seeded or posted. Record {@code i} depends
 * only on {@code (seed, i)}: same seed, same data, whatever {@code n} or stream order; e-mails are unique
 * within one seed. Subform dates are {@code yyyy-MM-dd} strings (their real format is unverified, §4.3 [?]).
 */
public final class ZohoData {
    /** Dates are laid out around this day, not around the clock, so a seed always gives the same records. */
    private static final LocalDate REFERENCE_DAY = LocalDate.of(2024, 6, 1);

    /** Names come from small pools: strip accents once per name, not once per record. */
    private static final java.util.Map<String, String> ASCII_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private ZohoData() {
    }

    public static List<ObjectNode> candidates(int n, long seed) {
        return candidateStream(n, seed).toList();
    }

    /** Lazy variant for large volumes: records are built as the stream is consumed. */
    public static Stream<ObjectNode> candidateStream(long n, long seed) {
        return LongStream.range(0, n).mapToObj(i -> candidate(i, seed));
    }

    public static List<ObjectNode> jobOpenings(int n, long seed) {
        return jobOpeningStream(n, seed).toList();
    }

    public static Stream<ObjectNode> jobOpeningStream(long n, long seed) {
        return LongStream.range(0, n).mapToObj(i -> jobOpening(i, seed));
    }

    /** The {@code i}-th candidate of a seed. */
    public static ObjectNode candidate(long i, long seed) {
        SplittableRandom r = new SplittableRandom(mix(seed, i));
        String first = pick(r, DataPools.FIRST_NAMES);
        String last = pick(r, DataPools.LAST_NAMES);
        Place place = pick(r, DataPools.PLACES);
        Family family = pick(r, DataPools.FAMILIES);
        int years = r.nextInt(0, 26);
        String handle = ascii(first) + "." + ascii(last);
        ObjectNode c = Json.object();
        c.put("Salutation", pick(r, new String[] {"Mr.", "Ms.", "Mrs.", "Dr."}));
        c.put("First_Name", first).put("Last_Name", last);
        // The index makes e-mails unique for the seed even when names repeat.
        c.put("Email", handle + "." + i + "@" + pick(r, new String[] {"example.com", "mail.example.org", "example.net"}));
        if (r.nextInt(10) < 3) {
            c.put("Secondary_Email", ascii(first) + i + "@example.org");
        }
        c.put("Phone", digits(r, place.phone()));
        if (r.nextBoolean()) {
            c.put("Mobile", digits(r, place.phone()));
        }
        c.put("Street", r.nextInt(1, 200) + " " + pick(r, DataPools.STREETS));
        c.put("City", place.city()).put("State", place.state()).put("Zip_Code", digits(r, place.zip()))
                .put("Country", place.country());
        String title = seniority(years) + pick(r, family.titles());
        String employer = pick(r, DataPools.EMPLOYERS);
        c.put("Current_Job_Title", title).put("Current_Employer", employer);
        c.put("Experience_in_Years", years);
        long salary = 28_000 + years * 3_000L + r.nextInt(0, 20) * 1_000L;
        c.put("Current_Salary", salary).put("Expected_Salary", Math.round(salary * 1.1 / 1000) * 1000);
        c.put("Highest_Qualification_Held", pick(r, DataPools.QUALIFICATIONS));
        c.put("Source", pick(r, DataPools.SOURCES)).put("Candidate_Status", pick(r, DataPools.CANDIDATE_STATUSES));
        c.put("Skill_Set", String.join(", ", skills(r, family, 3, 10)));
        c.put("LinkedIn__s", "https://www.linkedin.com/in/" + handle.replace('.', '-').replace("'", "") + "-" + i);
        c.put("Rating", r.nextInt(0, 6));
        c.put("Email_Opt_Out", r.nextInt(20) == 0);
        c.set("Experience_Details", experience(r, family, title, employer, years));
        c.set("Educational_Details", education(r, family, years));
        return c;
    }

    /** The {@code i}-th job opening of a seed. */
    public static ObjectNode jobOpening(long i, long seed) {
        SplittableRandom r = new SplittableRandom(mix(seed, ~i));
        Family family = pick(r, DataPools.FAMILIES);
        Place place = pick(r, DataPools.PLACES);
        String title = pick(r, DataPools.SENIORITY) + " " + pick(r, family.titles());
        title = title.trim();
        String client = pick(r, DataPools.EMPLOYERS);
        List<String> skills = skills(r, family, 4, 8);
        int experienceIndex = r.nextInt(DataPools.WORK_EXPERIENCE.length);
        long salaryLow = 30_000 + experienceIndex * 8_000L + r.nextInt(0, 10) * 1_000L;
        LocalDate opened = REFERENCE_DAY.minusDays(r.nextInt(0, 365));
        ObjectNode j = Json.object();
        j.put("Job_Opening_Name", title).put("Posting_Title", title).put("Client_Name", client);
        j.put("Job_Description", description(title, client, place, skills));
        j.put("Job_Type", pick(r, DataPools.JOB_TYPES)).put("Job_Opening_Status", pick(r, DataPools.JOB_STATUSES));
        j.put("Industry", family.industry());
        j.put("Salary", salaryLow + "-" + (salaryLow + 10_000));
        j.put("Work_Experience", DataPools.WORK_EXPERIENCE[experienceIndex]);
        j.put("Number_of_Positions", Integer.toString(r.nextInt(1, 6)));
        j.put("Required_Skills", String.join(", ", skills));
        j.put("City", place.city()).put("State", place.state()).put("Zip_Code", digits(r, place.zip()))
                .put("Country", place.country());
        j.put("Remote_Job", r.nextInt(4) == 0).put("Keep_on_Career_Site", r.nextInt(5) > 0)
                .put("Is_Hot_Job_Opening", r.nextInt(6) == 0).put("Publish", r.nextInt(3) > 0);
        j.put("Date_Opened", opened.toString()).put("Target_Date", opened.plusDays(r.nextInt(30, 120)).toString());
        j.put("Expected_Revenue", salaryLow / 5).put("Revenue_per_Position", salaryLow / 5);
        return j;
    }

    private static ArrayNode experience(SplittableRandom r, Family family, String title, String employer, int years) {
        ArrayNode rows = Json.array();
        LocalDate end = REFERENCE_DAY;
        int left = Math.max(years, 1);
        int count = Math.min(1 + years / 4, 4);
        for (int k = 0; k < count && left > 0; k++) {
            int span = k == count - 1 ? left : Math.max(1, r.nextInt(1, Math.max(2, left)));
            LocalDate start = end.minusYears(span).withDayOfMonth(1);
            String company = k == 0 ? employer : pick(r, DataPools.EMPLOYERS);
            String role = k == 0 ? title : pick(r, family.titles());
            ObjectNode row = Json.object().put("Company", company).put("Occupation_Title", role)
                    .put("Summary", role + " at " + company + ": worked with " + String.join(", ", skills(r, family, 2, 4))
                            + ".").put("I_currently_work_here", k == 0);
            ObjectNode duration = row.putObject("Work_Duration").put("from", start.toString());
            if (k == 0) {
                duration.putNull("to");
            } else {
                duration.put("to", end.toString());
            }
            rows.add(row);
            end = start.minusMonths(r.nextInt(0, 4)).withDayOfMonth(1);
            left -= span;
        }
        return rows;
    }

    private static ArrayNode education(SplittableRandom r, Family family, int years) {
        ArrayNode rows = Json.array();
        LocalDate graduated = REFERENCE_DAY.minusYears(years).withMonth(6).withDayOfMonth(30);
        int degrees = r.nextInt(3) == 0 ? 2 : 1;
        for (int k = 0; k < degrees; k++) {
            int length = k == 0 ? 2 : 3;
            ObjectNode row = Json.object().put("Institute_School", pick(r, DataPools.SCHOOLS))
                    .put("Degree", DataPools.DEGREES[k == 0 ? 1 : 0]).put("Major_Department", family.major())
                    .put("Currently_pursuing", false);
            row.putObject("Duration").put("from", graduated.minusYears(length).withMonth(9).withDayOfMonth(1).toString())
                    .put("to", graduated.toString());
            rows.add(row);
            graduated = graduated.minusYears(length);
        }
        return rows;
    }

    private static String description(String title, String client, Place place, List<String> skills) {
        StringBuilder html = new StringBuilder("<p>").append(client).append(" is hiring a ").append(title)
                .append(" in ").append(place.city()).append(", ").append(place.country()).append(".</p>");
        html.append("<h3>Requirements</h3><ul>");
        skills.forEach(s -> html.append("<li>").append(s).append("</li>"));
        return html.append("</ul><p>Competitive salary, hybrid work, and a friendly team.</p>").toString();
    }

    private static List<String> skills(SplittableRandom r, Family family, int min, int max) {
        int n = r.nextInt(min, max + 1);
        LinkedHashSet<String> out = new LinkedHashSet<>();
        while (out.size() < Math.min(n, family.skills().size())) {
            out.add(pick(r, family.skills()));
        }
        return new ArrayList<>(out);
    }

    private static String seniority(int years) {
        return years < 2 ? "Junior " : years >= 10 ? "Senior " : "";
    }

    private static String digits(SplittableRandom r, String pattern) {
        StringBuilder sb = new StringBuilder(pattern.length());
        for (char ch : pattern.toCharArray()) {
            sb.append(ch == '#' ? (char) ('0' + r.nextInt(10)) : ch);
        }
        return sb.toString();
    }

    /** E-mail-safe form of a name: accents stripped, lower case, letters only. */
    private static String ascii(String name) {
        return ASCII_NAMES.computeIfAbsent(name, ZohoData::toAscii);
    }

    private static String toAscii(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace("ı", "i").replaceAll("[^a-z]", "");
    }

    private static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** A well-spread per-record seed (SplitMix64 finaliser), so neighbouring records do not correlate. */
    private static long mix(long seed, long i) {
        long z = seed * 0x9E3779B97F4A7C15L + i;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
