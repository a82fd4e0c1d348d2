package ai.hrflow.connectors.docs;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The contract's checker must catch every kind of difference, and only the documented one is tolerated. */
class SeedComparisonTest {
    private static final String SEED = SeedComparison.seed(SeedComparison.ZOHORECRUIT_PUSH_PROFILE_LIST);
    private static final String OURS =
            DocsGenerator.render(SeedConnectors.zohoRecruit(), Path.of("")).get("docs/push_profile_list.md");

    @Test
    void acceptsOurDocWhoseFormatLinkTargetIsTheJavaSource() {
        assertThatCode(() -> SeedComparison.assertTablesMatch(SEED, OURS)).doesNotThrowAnyException();
    }

    @Test
    void rejectsAChangedCell() {
        String changed = OURS.replace("| `client_id` :red_circle: | `str` | None |",
                "| `client_id` :red_circle: | `str` | none |");

        assertThatThrownBy(() -> SeedComparison.assertTablesMatch(SEED, changed))
                .isInstanceOf(AssertionError.class).hasMessageContaining("line 38");
    }

    @Test
    void rejectsAChangeInsideAMultiLineDescription() {
        String changed = OURS.replace(" JP: https://accounts.zoho.jp", "JP: https://accounts.zoho.jp");

        assertThatThrownBy(() -> SeedComparison.assertTablesMatch(SEED, changed)).isInstanceOf(AssertionError.class);
    }

    @Test
    void rejectsAnotherFormatFunctionName() {
        String changed = OURS.replace("[`format_hrflow_profile_to_zoho`]", "[`format_profile`]");

        assertThatThrownBy(() -> SeedComparison.assertTablesMatch(SEED, changed))
                .isInstanceOf(AssertionError.class).hasMessageContaining("line 13");
    }

    @Test
    void rejectsAFormatLinkWithoutLineAnchor() {
        String changed = OURS.replaceAll("SeedConnectors\\.java#L[0-9]+\\)", "SeedConnectors.java)");

        assertThatThrownBy(() -> SeedComparison.assertTablesMatch(SEED, changed))
                .isInstanceOf(AssertionError.class).hasMessageContaining("format link target");
    }

    @Test
    void rejectsAnExtraRowBeforeTheExample() {
        String changed = OURS.replace(":red_circle: : *required*", "| `extra`  | `str` | None | x |\n\n"
                + ":red_circle: : *required*");

        assertThatThrownBy(() -> SeedComparison.assertTablesMatch(SEED, changed)).isInstanceOf(AssertionError.class);
    }

    @Test
    void rejectsTextRunningOnAfterTheTablesWithoutAHeading() {
        String changed = OURS.replace("## Run options", "Some text");

        assertThatThrownBy(() -> SeedComparison.assertTablesMatch(SEED, changed))
                .isInstanceOf(AssertionError.class).hasMessageContaining("our own section");
    }

    @Test
    void rejectsADocThatStopsEarly() {
        String heading = "## Destination Parameters";
        String truncated = OURS.substring(0, OURS.indexOf(heading) + heading.length());

        assertThatThrownBy(() -> SeedComparison.assertTablesMatch(SEED, truncated))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ends at line");
    }

    @Test
    void refusesASeedWithoutExampleHeading() {
        assertThatThrownBy(() -> SeedComparison.assertTablesMatch("# Title\n", OURS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
