package ai.hrflow.connectors.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.params.ParameterProblem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvReferencesTest {
    private final EnvReferences env = new EnvReferences(Map.of("USER", "ana", "EMPTY", "", "SECRET", "s3cr3t-value"));
    private final List<ParameterProblem> problems = new ArrayList<>();

    @Test
    void replacesReferencesAnywhereInTheText() {
        assertThat(env.resolve("${USER}", "a", problems)).isEqualTo("ana");
        assertThat(env.resolve("hi ${USER}, ${USER}!", "a", problems)).isEqualTo("hi ana, ana!");
        assertThat(problems).isEmpty();
    }

    @Test
    void defaultsApplyWhenUnsetOrEmptyLikeTheShell() {
        assertThat(env.resolve("${MISSING:-eu}", "a", problems)).isEqualTo("eu");
        assertThat(env.resolve("${EMPTY:-eu}", "a", problems)).isEqualTo("eu");
        assertThat(env.resolve("${USER:-eu}", "a", problems)).isEqualTo("ana");
        assertThat(env.resolve("${MISSING:-}", "a", problems)).isEmpty();
        assertThat(env.resolve("${EMPTY}", "a", problems)).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void doubleDollarEscapesAReference() {
        assertThat(env.resolve("$${USER} costs $5 and $$", "a", problems)).isEqualTo("${USER} costs $5 and $$");
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnsetVariableIsAProblemNamingThePathAndTheVariable() {
        env.resolve("${NOPE}", "connector_auth.client_secret", problems);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("connector_auth.client_secret");
            assertThat(p.message()).contains("NOPE").contains("not set");
        });
    }

    @Test
    void malformedReferencesAreProblemsThatDoNotEchoTheText() {
        env.resolve("pa55${word with spaces}", "a", problems);
        env.resolve("pa55${unterminated", "b", problems);

        assertThat(problems).extracting(ParameterProblem::path).containsExactly("a", "b");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).doesNotContain("pa55").doesNotContain("word"));
        assertThat(problems.get(1).message()).contains("unterminated");
    }

    @Test
    void resolvesEveryStringValueOfATreeButNoKey() {
        ObjectNode tree = Json.object();
        tree.put("${USER}", "${USER}");
        tree.putObject("auth").put("secret", "${SECRET}").put("count", 3);
        tree.putArray("list").add("${USER}").add("${NOPE}");

        List<String> failed = env.resolveTree(tree, "", problems);

        assertThat(tree.get("${USER}").asText()).isEqualTo("ana");
        assertThat(tree.at("/auth/secret").asText()).isEqualTo("s3cr3t-value");
        assertThat(tree.at("/auth/count").asInt()).isEqualTo(3);
        assertThat(tree.at("/list/0").asText()).isEqualTo("ana");
        assertThat(failed).containsExactly("list[1]");
        assertThat(problems).extracting(ParameterProblem::path).containsExactly("list[1]");
        assertThat(problems.toString()).doesNotContain("s3cr3t-value");
    }
}
