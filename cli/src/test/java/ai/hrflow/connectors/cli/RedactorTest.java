package ai.hrflow.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedactorTest {
    @AfterEach
    void forget() {
        Redactor.clear();
    }

    @Test
    void masksEveryOccurrenceLongestSecretFirst() {
        Redactor.register(List.of("abcd", "abcdefgh"));

        assertThat(Redactor.redact("x abcdefgh y abcd z")).isEqualTo("x *** y *** z");
    }

    @Test
    void masksTheUrlEncodedFormToo() {
        Redactor.register(List.of("s3/cr+t=="));

        assertThat(Redactor.redact("GET /x?key=s3%2Fcr%2Bt%3D%3D failed")).isEqualTo("GET /x?key=*** failed");
    }

    @Test
    void masksTheJsonEscapedFormToo() {
        Redactor.register(List.of("p\"ss\\word"));

        assertThat(Redactor.redact("{\"error\": \"bad p\\\"ss\\\\word\"}")).isEqualTo("{\"error\": \"bad ***\"}");
    }

    @Test
    void leavesValuesTooShortToBeCredentials() {
        Redactor.register(List.of("eu", "", "abc"));

        assertThat(Redactor.redact("region eu, abc")).isEqualTo("region eu, abc");
    }

    @Test
    void masksStringsOfAJsonTree() {
        Redactor.register(List.of("t0ken-value"));
        ObjectNode tree = Json.object().put("a", "with t0ken-value").put("n", 1);
        tree.putArray("errors").add("t0ken-value here").addObject().put("deep", "t0ken-value");

        Redactor.redact(tree);

        assertThat(tree.toString()).doesNotContain("t0ken-value").contains("with ***", "1");
    }
}
