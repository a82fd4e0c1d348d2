package ai.hrflow.connectors.api.http;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in anything that may be logged or put in an exception message: URLs, headers, bodies,
 * parameter dumps. Used by {@link ApiClient} for its logs and failure excerpts, by
 * {@link OAuth2TokenManager} (which registers every token it obtains), and by connectors and the engine
 * for parameters and messages.
 *
 * <p>Two mechanisms: every value registered with {@link #addSecret(String)} is masked wherever it
 * appears (raw, URL-encoded or JSON-escaped); and values of fields whose <em>name</em> looks secret
 * ({@link #isSensitiveName(String)}) are masked in {@code name=value} pairs, JSON members, header lines
 * and {@code Bearer ...} credentials.
 *
 * <p>Decisions: e-mail addresses (HrFlow's {@code X-USER-EMAIL}) are kept: an address is not a credential
 * on its own and seeing which user a rejected key was sent for is what diagnoses a 401. In JSON bodies a
 * member named {@code code} is kept, because Zoho ({@code "code":"INVALID_TOKEN"}) and HrFlow
 * ({@code "code":400}) use it for error codes, which excerpts must show; an OAuth authorization code only
 * travels in form or query fields named {@code code}, which are masked, and the configured code is a
 * registered secret, masked everywhere.
 *
 * <p>Thread-safe; secrets can be added while other threads redact.
 */
public final class Redactor {
    /** What replaces a secret. */
    public static final String MASK = "***";

    private static final Set<String> SENSITIVE_NAMES = Set.of("code", "token", "password", "passwd", "secret",
            "auth", "authorization", "proxyauthorization", "cookie", "setcookie");
    private static final List<String> SENSITIVE_PARTS = List.of("accesstoken", "refreshtoken", "idtoken",
            "clientsecret", "apikey", "apisecret", "password", "secret", "authorizationcode", "sessionid",
            "signature");

    // the string alternative is loop-unrolled and possessive: (a|b)* recurses per character and overflows
    // the stack on long values
    private static final Pattern JSON_MEMBER = Pattern.compile(
            "\"([^\"\\\\]{1,100})\"(\\s*:\\s*)(\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|-?\\d[\\d.eE+\\-]*+)");
    // JSON serialized inside a JSON string (an API echoing the request in its error message)
    private static final Pattern ESCAPED_JSON_MEMBER = Pattern.compile(
            "\\\\\"([^\"\\\\]{1,100})\\\\\"(\\s*:\\s*)\\\\\"[^\"\\\\]*+\\\\\"");
    // a name not preceded by a name character: after ?, &, a space, a quote...
    private static final Pattern PARAM_PAIR = Pattern.compile(
            "(?<![A-Za-z0-9_.\\-\\[\\]])([A-Za-z0-9_.\\-\\[\\]]{1,100})=([^&;,\\s\"'<>\\\\]*+)");
    private static final Pattern HEADER_LINE = Pattern.compile("(?m)^([A-Za-z0-9\\-]{1,60}):[ \\t]*(\\S.*)$");
    private static final Pattern AUTH_SCHEME = Pattern.compile(
            "(?i)\\b(Bearer|Basic|Zoho-oauthtoken)\\s+[A-Za-z0-9._~+/=\\-]{4,}");

    private final Set<String> secrets = new LinkedHashSet<>();
    private volatile List<String> variants = List.of();

    /** A redactor that masks secret-looking names only, until secrets are added. */
    public Redactor() {
    }

    /** A redactor that also masks each of {@code secrets} (null and blank values are ignored). */
    public Redactor(Collection<String> secrets) {
        secrets.forEach(this::addSecret);
    }

    /**
     * Registers a value to mask wherever it appears from now on: API keys, client secrets, tokens, codes.
     * Null or blank values are ignored.
     */
    public void addSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            return;
        }
        synchronized (secrets) {
            if (!secrets.add(secret)) {
                return;
            }
            Set<String> all = new LinkedHashSet<>();
            for (String s : secrets) {
                all.add(s);
                all.add(Urls.formComponent(s));
                all.add(Urls.queryComponent(s));
                all.add(new String(JsonStringEncoder.getInstance().quoteAsString(s)));
            }
            List<String> sorted = new ArrayList<>(all);
            // longest first, so a secret containing another one is masked whole
            sorted.sort(Comparator.comparingInt(String::length).reversed());
            variants = List.copyOf(sorted);
        }
    }

    /**
     * True when a header, query, form or JSON field of that name holds a credential. Compares
     * case-insensitively, ignoring {@code -} and {@code _}: {@code X-API-KEY}, {@code access_token},
     * {@code client_secret}, {@code code}, {@code password}, any name ending in {@code token}...
     */
    public static boolean isSensitiveName(String name) {
        String n = normalize(name);
        if (SENSITIVE_NAMES.contains(n) || n.endsWith("token")) {
            return true;
        }
        for (String part : SENSITIVE_PARTS) {
            if (n.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSensitiveJsonName(String name) {
        return !normalize(name).equals("code") && isSensitiveName(name);
    }

    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Masks registered secrets and secret-looking fields in free text (a body, a URL, a message). */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = redactSecrets(text);
        out = replace(JSON_MEMBER, out, m -> isSensitiveJsonName(m.group(1))
                ? "\"" + m.group(1) + "\"" + m.group(2) + "\"" + MASK + "\"" : m.group());
        out = replace(ESCAPED_JSON_MEMBER, out, m -> isSensitiveJsonName(m.group(1))
                ? "\\\"" + m.group(1) + "\\\"" + m.group(2) + "\\\"" + MASK + "\\\"" : m.group());
        out = replace(PARAM_PAIR, out, m -> isSensitiveName(m.group(1)) ? m.group(1) + "=" + MASK : m.group());
        out = replace(HEADER_LINE, out, m -> isSensitiveName(m.group(1)) ? m.group(1) + ": " + MASK : m.group());
        return replace(AUTH_SCHEME, out, m -> m.group(1) + " " + MASK);
    }

    /** Masks registered secrets only, leaving the rest as is. */
    public String redactSecrets(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : variants) {
            out = out.replace(secret, MASK);
        }
        return out;
    }

    /** The URL with secret query parameters and registered secrets masked. */
    public String redactUrl(URI uri) {
        return redact(uri.toString());
    }

    /** The value to show for a header: masked whole for credential headers, else with secrets masked. */
    public String redactHeader(String name, String value) {
        return isSensitiveName(name) ? MASK : redactSecrets(value);
    }

    /** A copy of the headers with {@link #redactHeader(String, String)} applied, e.g. for a debug dump. */
    public Map<String, String> redactHeaders(Map<String, String> headers) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        headers.forEach((name, value) -> out.put(name, redactHeader(name, value)));
        return out;
    }

    /** A deep copy of {@code node} with secret-named members and registered secrets masked. */
    public JsonNode redactJson(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                boolean mask = isSensitiveJsonName(field.getKey()) && !field.getValue().isNull();
                copy.set(field.getKey(), mask ? TextNode.valueOf(MASK) : redactJson(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(redactJson(element)));
            return copy;
        }
        return node.isTextual() ? TextNode.valueOf(redactSecrets(node.asText())) : node;
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<java.util.regex.MatchResult, String> f) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(f.apply(m)));
    }
}
