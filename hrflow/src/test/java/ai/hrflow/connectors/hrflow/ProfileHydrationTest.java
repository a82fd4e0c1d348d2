package ai.hrflow.connectors.hrflow;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ProfileHydrationTest {

    private static ObjectNode parsed() {
        ObjectNode p = Json.object().put("key", "k".repeat(40)).put("text", "parsed").put("experiences_duration", 3);
        ObjectNode info = p.putObject("info").put("first_name", "Parsed").put("phone", "+33 1");
        info.putArray("urls").addObject().put("type", "linkedin").put("url", "https://l/in/a");
        info.putObject("location").put("text", "Lyon");
        p.putArray("skills").addObject().put("name", "Java").put("type", "hard");
        p.putArray("attachments").addObject().put("type", "resume");
        return p;
    }

    @Test
    void itemValuesWinOnlyWhereTheyAreSet() {
        ObjectNode item = Json.object().put("text", "").put("experiences_duration", 0).putNull("educations_duration");
        ObjectNode info = item.putObject("info").put("first_name", "Ada").put("phone", "");
        info.putArray("urls").addObject().put("type", "linkedin").put("url", "https://l/in/a");
        info.withArray("urls").addObject().put("type", "github").put("url", "https://gh/a");
        info.putObject("location").putNull("text").putNull("lat");
        item.putArray("skills");
        item.putArray("tags").addObject().put("name", "t");

        ObjectNode out = ProfileHydration.hydrate(parsed(), item);

        assertThat(out.path("key").asText()).isEqualTo("k".repeat(40));
        assertThat(out.path("info").path("first_name").asText()).isEqualTo("Ada");
        assertThat(out.path("info").path("phone").asText()).as("empty in the item").isEqualTo("+33 1");
        assertThat(out.path("info").path("urls")).hasSize(2);
        assertThat(out.path("info").path("location").path("text").asText()).as("nothing set in it").isEqualTo("Lyon");
        assertThat(out.path("skills")).as("an empty list does not replace").hasSize(1);
        assertThat(out.path("tags")).hasSize(1);
        assertThat(out.path("text").asText()).isEqualTo("parsed");
        assertThat(out.path("experiences_duration").asInt()).as("0 is not null").isZero();
        assertThat(out.has("educations_duration")).isFalse();
        assertThat(out.path("attachments")).hasSize(1);
    }

    @Test
    void aLocationWithAValueReplacesTheParsedOne() {
        ObjectNode item = Json.object();
        item.putObject("info").putObject("location").put("text", "Paris").putNull("lat");

        assertThat(ProfileHydration.hydrate(parsed(), item).path("info").path("location").path("text").asText())
                .isEqualTo("Paris");
    }
}
