package ai.hrflow.connectors.emulators.recruitee;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic Recruitee data for the demo and benchmarks: the same {@code (index, seed)} always gives the same
 * document, so a demo run is reproducible and a million candidates can be generated lazily, one at a time.
 * Documents carry no {@code id}: the emulator numbers them as they are seeded. Offers vary on purpose where
 * formats must cope (no {@code highlight_html}, {@code salary} null, archived, talent pools); candidates have
 * profile fields of every kind the formats read, and about a third were edited after creation.
 *
 * <pre>{@code
 * rec.addOffers(12345, RecruiteeData.offers(20, 7));
 * rec.seedCandidates(12345, RecruiteeData.candidates(1_000, 7));
 * }</pre>
 */
public final class RecruiteeData {
    /** When generated data starts; offers are a day apart, candidates 37 minutes apart. */
    public static final Instant EPOCH = Instant.parse("2024-01-01T08:00:00Z");

    private static final String[] FIRST = {"Ann", "Bruno", "Chloé", "David", "Emma", "Farid", "Grace", "Hugo",
        "Inès", "Jonas", "Kenji", "Lea", "Marta", "Noah", "Olga", "Pablo", "Quentin", "Rosa", "Sami", "Tara"};
    private static final String[] LAST = {"Lee", "Martin", "Dubois", "Garcia", "Kowalski", "Nguyen", "Rossi",
        "Schmidt", "Silva", "Tanaka", "Bernard", "Haddad", "Jansen", "Moreau", "Okafor", "Petit"};
    private static final String[] ROLES = {"Backend engineer", "Data analyst", "Product designer",
        "Account executive", "Customer success manager", "DevOps engineer", "HR business partner", "QA engineer"};
    private static final String[] CITIES = {"Paris", "Lyon", "Amsterdam", "Berlin", "Lisbon", "Madrid"};
    private static final String[] COUNTRIES = {"FR", "FR", "NL", "DE", "PT", "ES"};
    private static final String[] DEPARTMENTS = {"Engineering", "Data", "Design", "Sales", "Operations"};
    private static final String[] STATUSES = {"published", "published", "internal", "closed", "archived", "draft"};
    private static final String[] SKILLS = {"Java", "SQL", "Python", "Kubernetes", "Figma", "Negotiation",
        "Excel", "Spark", "Recruiting", "TypeScript"};
    private static final String[] SOURCES = {"LinkedIn", "Referral", "Careers site", "Indeed"};

    private RecruiteeData() {
    }

    public static List<ObjectNode> offers(int n, long seed) {
        List<ObjectNode> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(offer(i, seed));
        }
        return out;
    }

    public static List<ObjectNode> candidates(int n, long seed) {
        List<ObjectNode> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(candidate(i, seed));
        }
        return out;
    }

    /** The {@code index}-th offer of the data set {@code seed}. */
    public static ObjectNode offer(int index, long seed) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        String role = ROLES[index % ROLES.length];
        int city = r.nextInt(CITIES.length);
        Instant created = EPOCH.plus(Duration.ofDays(index));
        Instant updated = index % 3 == 0 ? created.plus(Duration.ofDays(10)) : created;
        ObjectNode o = Json.object().put("title", role + (index < ROLES.length ? "" : " " + (index / ROLES.length + 1)))
                .put("kind", index % 7 == 6 ? "talent_pool" : "job")
                .put("status", STATUSES[index % STATUSES.length])
                .put("description", "<p>Join our " + DEPARTMENTS[index % DEPARTMENTS.length] + " team as a " + role
                        + ".</p>")
                .put("requirements", "<ul><li>" + SKILLS[r.nextInt(SKILLS.length)] + "</li><li>"
                        + SKILLS[r.nextInt(SKILLS.length)] + "</li></ul>")
                .put("location", CITIES[city] + ", " + COUNTRIES[city]).put("city", CITIES[city])
                .put("country_code", COUNTRIES[city]).put("postal_code", String.format("%05d", r.nextInt(99_999)))
                .put("remote", index % 4 == 0).put("department", DEPARTMENTS[index % DEPARTMENTS.length])
                .put("category", "it").put("education", "bachelor_degree").put("experience", "mid_level")
                .put("employment_type", index % 5 == 0 ? "contract" : "fulltime_permanent")
                .put("min_hours", 32).put("max_hours", 40).put("number_of_openings", 1 + r.nextInt(3))
                .put("created_at", RecruiteeTime.format(created)).put("updated_at", RecruiteeTime.format(updated));
        if (index % 2 == 0) {
            o.put("highlight_html", "<p>Hybrid work, " + (25 + r.nextInt(10)) + " days off</p>");
        }
        if (index % 3 == 0) {
            o.putNull("salary");
        } else {
            int min = 35_000 + 1_000 * r.nextInt(30);
            o.putObject("salary").put("min", min).put("max", min + 10_000).put("currency", "EUR").put("period", "year");
        }
        o.putArray("offer_tags").add(DEPARTMENTS[index % DEPARTMENTS.length].toLowerCase(Locale.ROOT));
        if ("archived".equals(o.get("status").asText()) || "closed".equals(o.get("status").asText())) {
            o.put("closed_at", RecruiteeTime.format(updated));
        }
        return o;
    }

    /** The {@code index}-th candidate of the data set {@code seed}. */
    public static ObjectNode candidate(int index, long seed) {
        SplittableRandom r = new SplittableRandom(seed * 7_919L + index);
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = LAST[r.nextInt(LAST.length)];
        String handle = ascii(first + "." + last) + "." + index;
        Instant created = EPOCH.plus(Duration.ofMinutes(37L * index));
        Instant updated = index % 3 == 1 ? created.plus(Duration.ofDays(2)) : created;
        ObjectNode c = Json.object().put("name", first + " " + last)
                .put("created_at", RecruiteeTime.format(created)).put("updated_at", RecruiteeTime.format(updated))
                .put("description", first + " " + last + " has " + (1 + r.nextInt(15)) + " years of experience.")
                .put("cover_letter", "Dear hiring team, ...").put("photo_url", "https://img.example/" + handle + ".png")
                .put("cv_original_url", "https://files.example/cv/" + handle + ".pdf");
        c.putArray("emails").add(handle + "@example.com");
        c.putArray("phones").add(String.format("+33 6 %02d %02d %02d %02d", r.nextInt(100), r.nextInt(100),
                r.nextInt(100), r.nextInt(100)));
        c.putArray("social_links").add("https://www.linkedin.com/in/" + handle);
        ArrayNode links = c.putArray("links");
        if (index % 2 == 0) {
            links.add("https://" + handle + ".dev");
        }
        c.putArray("sources").add(SOURCES[index % SOURCES.length]);
        c.putArray("tags").add(index % 5 == 0 ? "silver medalist" : "pipeline");
        c.set("fields", fields(r, index));
        return c;
    }

    private static ArrayNode fields(SplittableRandom r, int index) {
        ArrayNode fields = Json.array();
        int since = 2010 + r.nextInt(10);
        field(fields, "education").addObject().put("school", "University of " + CITIES[r.nextInt(CITIES.length)])
                .put("major", "Computer science").put("start_date", since - 4 + "-09-01")
                .put("end_date", since + "-06-30").put("description", "Master's degree");
        ArrayNode exp = field(fields, "experience");
        exp.addObject().put("company", "Acme " + DEPARTMENTS[r.nextInt(DEPARTMENTS.length)])
                .put("title", ROLES[r.nextInt(ROLES.length)]).put("location", CITIES[r.nextInt(CITIES.length)])
                .put("start_date", since + "-09-01").putNull("end_date").put("description", "Current position");
        field(fields, "language_skill").addObject().put("language_name", "English").put("level", "fluent");
        ArrayNode skills = field(fields, "skills");
        skills.addObject().put("text", SKILLS[index % SKILLS.length]);
        skills.addObject().put("text", SKILLS[(index + 3) % SKILLS.length]);
        field(fields, "address").addObject().put("text", CITIES[index % CITIES.length]);
        field(fields, "date_of_birth").addObject().put("date", (1975 + r.nextInt(25)) + "-05-17");
        field(fields, "gender").addObject().put("value", index % 2 == 0 ? "female" : "male");
        ObjectNode custom = fields.addObject().put("id", 9_000 + fields.size()).put("kind", "single_line")
                .put("name", "Notice period").put("origin", "custom").put("fixed", false).put("visible", true);
        custom.putArray("values").addObject().put("text", (1 + index % 3) + " months");
        return fields;
    }

    private static ArrayNode field(ArrayNode fields, String kind) {
        ObjectNode f = fields.addObject().put("id", 9_000 + fields.size()).put("kind", kind).put("origin", "standard")
                .put("fixed", true).put("visible", true);
        f.putObject("visibility").put("level", "public");
        return f.putArray("values");
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
