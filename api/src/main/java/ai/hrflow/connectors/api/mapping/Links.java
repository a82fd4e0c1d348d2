package ai.hrflow.connectors.api.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Links that may be mapped: {@code http}, {@code https} and {@code mailto} only. {@code javascript:}, {@code data:},
 * {@code vbscript:}, {@code file:}, any other scheme, and text that is no URL are dropped, since the target shows
 * them as clickable links. A bare host as recruiters paste it ({@code linkedin.com/in/jane},
 * {@code www.jane.dev}) is read as {@code https://}.
 */
public final class Links {
    private static final Pattern BARE_HOST = Pattern.compile("(?i)(?:www\\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
            + "(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,}(?::\\d{1,5})?(?:[/?#]\\S*)?");
    private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\s\\p{Cntrl}]");

    private Links() {
    }

    /** The trimmed URL when it is a safe link, else null. */
    public static String safe(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.isEmpty() || CONTROL_OR_SPACE.matcher(t).find()) {
            return null;
        }
        if (BARE_HOST.matcher(t).matches()) {
            return check("https://" + t);
        }
        return t.contains(":") ? check(t) : null;
    }

    private static String check(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            switch (scheme) {
                case "http", "https" -> {
                    return uri.getHost() != null && !uri.getHost().isEmpty() ? url : null;
                }
                case "mailto" -> {
                    String address = uri.getSchemeSpecificPart();
                    return address != null && address.indexOf('@') > 0 ? url : null;
                }
                default -> {
                    return null;
                }
            }
        } catch (URISyntaxException notAUrl) {
            return null;
        }
    }
}
