package ai.hrflow.connectors.api.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinksTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://www.linkedin.com/in/jane", "http://jane.dev/cv?x=1", "HTTPS://JANE.DEV",
        "mailto:jane@example.com"})
    void keepsWebAndMailLinks(String url) {
        assertThat(Links.safe("  " + url + " ")).isEqualTo(url);
    }

    @Test
    void readsABareHostAsHttps() {
        assertThat(Links.safe("linkedin.com/in/jane")).isEqualTo("https://linkedin.com/in/jane");
        assertThat(Links.safe("www.jane.dev")).isEqualTo("https://www.jane.dev");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", " javascript:void(0)",
        "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox", "file:///etc/passwd", "ftp://files.example.com",
        "not a url", "n/a", "-", "mailto:", "http://", "java\nscript:alert(1)", "https://x.io/a b", ""})
    void dropsEverythingElse(String url) {
        assertThat(Links.safe(url)).isNull();
    }
}
