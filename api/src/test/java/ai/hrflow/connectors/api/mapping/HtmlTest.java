package ai.hrflow.connectors.api.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void removesActiveContentAndKeepsTheText() {
        String clean = Html.sanitize("<p style=\"color:red\" onclick=\"steal()\">We <b>hire</b>!</p>"
                + "<script>alert(1)</script><style>p{display:none}</style>"
                + "<a href=\"javascript:alert(1)\">apply</a> <a href=\"https://x.io/apply\" onmouseover=\"x()\">here</a>"
                + "<img src=\"data:image/png;base64,AAA\" onerror=\"x()\"><iframe src=\"https://evil\"></iframe>");
        assertThat(clean).contains("<p>We <b>hire</b>!</p>", "<a>apply</a>", "<a href=\"https://x.io/apply\">here</a>")
                .doesNotContainIgnoringCase("script").doesNotContain("style", "onclick", "onmouseover", "onerror",
                        "javascript", "data:", "iframe", "display");
    }

    @Test
    void keepsStructure() {
        assertThat(Html.sanitize("<h2>Role</h2><ul><li>Java</li><li>SQL</li></ul>"))
                .isEqualTo("<h2>Role</h2><ul><li>Java</li><li>SQL</li></ul>");
    }

    @Test
    void plainTextIsUnchanged() {
        assertThat(Html.sanitize(" R&D team, salary < 50k & bonus ")).isEqualTo("R&D team, salary < 50k & bonus");
        assertThat(Html.sanitize("  ")).isNull();
        assertThat(Html.sanitize("<script>alert(1)</script>")).isNull();
    }
}
