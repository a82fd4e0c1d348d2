package ai.hrflow.connectors.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.model.Connector;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our rendering of the seeds' actions shows the seeds' tables byte for byte. */
class SeedTablesTest {
    /** Surefire runs in the module directory, where {@link SeedConnectors#SOURCE} is. */
    static final Path MODULE_ROOT = Path.of("");

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of(SeedComparison.ZOHORECRUIT_PUSH_PROFILE_LIST, SeedConnectors.zohoRecruit(),
                        "push_profile_list"),
                Arguments.of(SeedComparison.ZOHO_PUSH_PROFILE, SeedConnectors.zoho(), "push_profile"),
                Arguments.of(SeedComparison.ZOHORECRUIT_UPDATE_PROFILES_IN_HRFLOW, SeedConnectors.zohoRecruit(),
                        "update_profiles_in_hrflow"),
                Arguments.of(SeedComparison.JOBADDER_PUSH_PROFILE, SeedConnectors.jobadder(), "push_profile"),
                Arguments.of(SeedComparison.RECRUITEE_PUSH_PROFILE, SeedConnectors.recruitee(), "push_profile"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void tablesMatchTheSeed(String seedFile, Connector connector, String action) {
        String ours = DocsGenerator.render(connector, MODULE_ROOT).get("docs/" + action + ".md");

        SeedComparison.assertTablesMatch(SeedComparison.seed(seedFile), ours);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void renderingIsDeterministic(String seedFile, Connector connector, String action) {
        assertThat(DocsGenerator.render(connector, MODULE_ROOT))
                .isEqualTo(DocsGenerator.render(connector, MODULE_ROOT));
    }
}
