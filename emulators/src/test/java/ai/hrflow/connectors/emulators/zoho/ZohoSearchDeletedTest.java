package ai.hrflow.connectors.emulators.zoho;

import static ai.hrflow.connectors.emulators.zoho.ZohoRecruitAuthTest.assertZohoError;
import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.emulators.TestHttp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ZohoSearchDeletedTest {
    private final ZohoFixture f = new ZohoFixture();

    @BeforeEach
    void seed() {
        f.zoho.candidates().seed(ZohoFixture.candidate("Burns,B", "burns@example.com").put("First_Name", "Monty")
                .put("Phone", "+33 6 11 22 33 44").put("City", "Springfield"));
        f.zoho.candidates().seed(ZohoFixture.candidate("Burns", "mr.burns@example.com").put("First_Name", "Mary")
                .put("Secondary_Email", "alt@example.com").put("Mobile", "06-55-66-77-88"));
        f.zoho.candidates().seed(ZohoFixture.candidate("Simpson", "homer@example.com").put("First_Name", "Homer")
                .put("City", "Springfield").put("Skill_Set", "Safety inspection, Donuts"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void criteriaWithEqualsStartsWithAndOrAndEscaping() {
        assertThat(search("criteria=" + TestHttp.enc("(Last_Name:equals:Burns\\,B)"))).containsExactly("Monty");
        assertThat(search("criteria=" + TestHttp.enc("((Last_Name:starts_with:burns)and(First_Name:starts_with:Ma))")))
                .containsExactly("Mary");
        assertThat(search("criteria=" + TestHttp.enc("(First_Name:equals:Homer)or(First_Name:equals:Mary)")))
                .containsExactly("Mary", "Homer");
        assertThat(search("criteria=" + TestHttp.enc("((City:equals:Springfield)and(Last_Name:equals:Simpson))or(First_Name:equals:Mary)")))
                .containsExactly("Mary", "Homer");
        assertThat(search("criteria=" + TestHttp.enc("(First_Name:equals:Homer,Monty)"))).containsExactly("Monty", "Homer");
    }

    @Test
    void emailPhoneAndWordSearches() {
        assertThat(search("email=ALT@example.com")).containsExactly("Mary");
        assertThat(search("email=burns@example.com")).containsExactly("Monty");
        assertThat(search("phone=" + TestHttp.enc("0655667788"))).containsExactly("Mary");
        assertThat(search("phone=" + TestHttp.enc("+33 6 11 22 33 44"))).containsExactly("Monty");
        assertThat(search("word=donut")).containsExactly("Homer");
    }

    @Test
    void criteriaTakesPrecedenceOverEmailPhoneAndWord() {
        assertThat(search("word=donut&email=burns@example.com&criteria=" + TestHttp.enc("(First_Name:equals:Mary)")))
                .containsExactly("Mary");
        assertThat(search("word=donut&email=burns@example.com")).containsExactly("Monty");
    }

    @Test
    void noMatchIs204AndBadCriteriaIs400() {
        HttpResponse<String> none = f.recruit.get("/Candidates/search?email=nobody@example.com");
        StringBuilder eleven = new StringBuilder("(First_Name:equals:a)");
        for (int i = 0; i < 10; i++) {
            eleven.append("or(First_Name:equals:a)");
        }

        assertThat(none.statusCode()).isEqualTo(204);
        assertThat(none.body()).isEmpty();
        assertZohoError(f.recruit.get("/Candidates/search?criteria=" + TestHttp.enc("(Last_Name:like:x)")), 400, "INVALID_QUERY");
        assertZohoError(f.recruit.get("/Candidates/search?criteria=" + TestHttp.enc("(Nope:equals:x)")), 400, "INVALID_QUERY");
        assertZohoError(f.recruit.get("/Candidates/search?criteria=" + TestHttp.enc("(Last_Name:equals:x")), 400, "INVALID_QUERY");
        assertZohoError(f.recruit.get("/Candidates/search?criteria=" + TestHttp.enc(eleven.toString())), 400, "INVALID_QUERY");
        assertZohoError(f.recruit.get("/Candidates/search"), 400, "MANDATORY_NOT_FOUND");
    }

    @Test
    void searchResultsArePaged() {
        JsonNodeAssertions.assertInfo(f.recruit.get("/Candidates/search?word=example&per_page=2"), 2, true);
        JsonNodeAssertions.assertInfo(f.recruit.get("/Candidates/search?word=example&per_page=2&page=2"), 1, false);
    }

    @Test
    void deletedListsByTypeWithPurgeAndIfModifiedSince() {
        String monty = f.zoho.candidates().findFirst("First_Name", "Monty").orElseThrow().path("id").asText();
        String mary = f.zoho.candidates().findFirst("First_Name", "Mary").orElseThrow().path("id").asText();
        f.zoho.candidates().delete(monty);
        f.zoho.candidates().purgeRecycleBin();
        f.tick(60);
        f.zoho.candidates().delete(mary);

        assertThat(deletedIds("")).containsExactly(mary, monty);
        assertThat(deletedIds("?type=recycle")).containsExactly(mary);
        assertThat(deletedIds("?type=permanent")).containsExactly(monty);
        HttpResponse<String> since = f.getWith("/Candidates/deleted", "If-Modified-Since", "2024-03-01T11:00:30+01:00");
        assertThat(ZohoFixture.body(since).path("data")).hasSize(1);
        assertThat(f.getWith("/Candidates/deleted", "If-Modified-Since", "2024-03-01T11:05:00+01:00").statusCode())
                .isEqualTo(304);
        assertZohoError(f.recruit.get("/Candidates/deleted?type=trash"), 400, "INVALID_DATA");
        assertThat(f.recruit.get("/JobOpenings/deleted").statusCode()).isEqualTo(204);
        assertThat(f.recruit.get("/Candidates/deleted?per_page=1&page=3").statusCode()).isEqualTo(204);
    }

    @Test
    void deletedDraftsArePermanent() {
        String draft = f.zoho.candidates().seed(ZohoFixture.candidate("Draft", "draft@example.com").put("$state", "draft"));

        f.recruit.send("DELETE", "/Candidates?ids=" + draft, null, null);

        assertThat(deletedIds("?type=permanent")).containsExactly(draft);
    }

    private List<String> search(String query) {
        List<String> out = new ArrayList<>();
        HttpResponse<String> r = f.recruit.get("/Candidates/search?" + query);
        if (r.statusCode() == 200) {
            ZohoFixture.body(r).path("data").forEach(x -> out.add(x.path("First_Name").asText()));
        }
        return out;
    }

    private List<String> deletedIds(String query) {
        List<String> out = new ArrayList<>();
        HttpResponse<String> r = f.recruit.get("/Candidates/deleted" + query);
        if (r.statusCode() == 200) {
            ZohoFixture.body(r).path("data").forEach(x -> out.add(x.path("id").asText()));
        }
        return out;
    }

    /** Small helper for the paging assertions. */
    static final class JsonNodeAssertions {
        static void assertInfo(HttpResponse<String> r, int count, boolean more) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(ZohoFixture.body(r).at("/info/count").asInt()).isEqualTo(count);
            assertThat(ZohoFixture.body(r).at("/info/more_records").asBoolean()).isEqualTo(more);
        }
    }
}
