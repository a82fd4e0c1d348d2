package ai.hrflow.connectors.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The docs contract: a generated action doc shows the reference's tables byte for byte. Published in the
 * core test-jar with the five seeds ({@code docs/seeds/*.txt} on the test class path) so that each connector
 * module checks its real actions against its seed:
 *
 * <pre>{@code
 * String ours = DocsGenerator.render(connector, Path.of("")).get("docs/push_profile_list.md");
 * SeedComparison.assertTablesMatch(SeedComparison.seed(SeedComparison.ZOHORECRUIT_PUSH_PROFILE_LIST), ours);
 * }</pre>
 *
 * <p>Compared: every line of the seed before {@code ## Example} (title, origin → target, description, the
 * blank lines, every table, the legend). Our doc must start with exactly those lines and continue with a
 * section of its own ({@code ## Run options}, {@code ## Example}). One documented difference: the link
 * target of the v1 {@code format} default (the reference links {@code ../connector.py#L239}, we link the Java
 * source that declares the format); the function name must still match and our target must be a
 * {@code ../<path>#L<line>} link.
 */
public final class SeedComparison {
    public static final String ZOHORECRUIT_PUSH_PROFILE_LIST = "000_b99b3cd7d9311ee3.txt";
    public static final String ZOHO_PUSH_PROFILE = "001_8cfb66d785848259.txt";
    public static final String ZOHORECRUIT_UPDATE_PROFILES_IN_HRFLOW = "002_1d71d4bcc359f9e3.txt";
    public static final String JOBADDER_PUSH_PROFILE = "003_231f48ee8a8bb736.txt";
    public static final String RECRUITEE_PUSH_PROFILE = "004_f82dd65a2cdb2a96.txt";

    private static final String EXAMPLE = "## Example";
    /** The v1 format row's default cell: a link whose target we replace before comparing. */
    private static final Pattern FORMAT_LINK =
            Pattern.compile("^(\\| `format` +\\| `[^`]*` \\| \\[`[^`]+`\\]\\()([^)]*)(\\).*)$");
    private static final Pattern OUR_TARGET = Pattern.compile("\\.\\./[^)\\s#]+#L[1-9][0-9]*");

    private SeedComparison() {
    }

    /** A seed's text, from {@code docs/seeds/<fileName>} on the class path. */
    public static String seed(String fileName) {
        String resource = "/docs/seeds/" + fileName;
        try (InputStream in = SeedComparison.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed " + resource + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that {@code ours} starts with the seed's lines before {@code ## Example}, format link target
     * aside, and that a section heading follows them.
     */
    public static void assertTablesMatch(String seed, String ours) {
        List<String> expected = tablesPart(seed);
        List<String> actual = Arrays.asList(ours.split("\n", -1));
        for (int i = 0; i < expected.size(); i++) {
            if (i >= actual.size()) {
                fail("our doc ends at line %d; the seed continues with:%n%s", i + 1, expected.get(i));
            }
            String want = normalise(expected.get(i), false, i);
            String got = normalise(actual.get(i), true, i);
            assertThat(got).as("line %d of the doc (seed tables are compared byte for byte)", i + 1)
                    .isEqualTo(want);
        }
        assertThat(actual.size()).as("lines after the seed's tables").isGreaterThan(expected.size());
        assertThat(actual.get(expected.size())).as("line %d: our own section after the reference's tables",
                expected.size() + 1).startsWith("## ");
    }

    /** The seed's lines before {@code ## Example}. */
    static List<String> tablesPart(String seed) {
        List<String> lines = Arrays.asList(seed.split("\n", -1));
        int end = lines.indexOf(EXAMPLE);
        if (end < 0) {
            throw new IllegalArgumentException("the seed has no '" + EXAMPLE + "' line");
        }
        return lines.subList(0, end);
    }

    private static String normalise(String line, boolean ours, int index) {
        Matcher m = FORMAT_LINK.matcher(line);
        if (!m.matches()) {
            return line;
        }
        if (ours) {
            assertThat(m.group(2)).as("line %d: format link target, expected ../<module-relative source>#L<line>",
                    index + 1).matches(OUR_TARGET);
        }
        return m.group(1) + "<link>" + m.group(3);
    }
}
