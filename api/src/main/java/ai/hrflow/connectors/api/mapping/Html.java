package ai.hrflow.connectors.api.mapping;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Vendor HTML (job descriptions, cover letters) made safe to show: jsoup's {@link Safelist#relaxed()} keeps the
 * structure and text formatting (paragraphs, lists, headings, tables, links, images) and removes what could run
 * or restyle a page: {@code <script>}, {@code <style>}, {@code <iframe>}, event handlers ({@code onclick}),
 * {@code style} attributes, and links or images whose URL is not {@code http}/{@code https} ({@code mailto}
 * links too). Plain text, with no tag or entity in it, is returned unchanged (no {@code &amp;} for an {@code &}).
 */
public final class Html {
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z!/?]|&[#a-zA-Z0-9]+;");
    private static final Safelist SAFE = Safelist.relaxed().removeProtocols("a", "href", "ftp");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private Html() {
    }

    /** The HTML without active content; null for null or blank input. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        if (!MARKUP.matcher(html).find()) {
            return html.trim();
        }
        String clean = Jsoup.clean(html, "", SAFE, OUTPUT).trim();
        return clean.isEmpty() ? null : clean;
    }
}
