package ai.hrflow.connectors.state.postgres;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL location as users write it: {@code postgresql://user:password@host:port/database?k=v} (the libpq
 * form, also {@code postgres://}) or {@code jdbc:postgresql://...}. User and password may also come as the
 * {@code user}/{@code password} query parameters; they may be percent-encoded. {@link #toString()} leaves the
 * password out, and error messages repeat no part of the URL (a missing {@code @} makes the password look like a
 * host or port).
 *
 * @param jdbcUrl the URL for the driver, without user and password (those go separately, so that neither the
 *     driver, the pool nor the migration tool can log them)
 * @param schema the schema of our tables: the {@code currentSchema} parameter, else {@code public}
 */
public record PostgresUrl(String jdbcUrl, String user, String password, String host, String database,
        String schema) {
    private static final Pattern FORM = Pattern.compile(
            "(?i)(?:jdbc:)?postgres(?:ql)?://(?:([^@/?#]*)@)?([^/?#]*)(?:/([^?#]*))?(?:\\?([^#]*))?");

    /** Parses {@code url}; the messages of the exceptions never contain the password. */
    public static PostgresUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("empty PostgreSQL URL");
        }
        Matcher m = FORM.matcher(url.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL URL: expected "
                    + "postgresql://user:password@host:5432/database (or jdbc:postgresql://...)");
        }
        String user = null;
        String password = null;
        if (m.group(1) != null) {
            String info = m.group(1);
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon), "user");
            password = colon < 0 ? null : decode(info.substring(colon + 1), "password");
        }
        String hostPort = m.group(2);
        if (hostPort.isEmpty()) {
            throw new IllegalArgumentException("PostgreSQL URL without a host: expected "
                    + "postgresql://user:password@host:5432/database");
        }
        checkPorts(hostPort);
        String database = m.group(3) == null ? "" : decode(m.group(3), "database");
        if (database.isEmpty()) {
            throw new IllegalArgumentException("PostgreSQL URL without a database name: expected "
                    + "postgresql://user:password@host:5432/database");
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (m.group(4) != null && !m.group(4).isEmpty()) {
            for (String pair : m.group(4).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq), "parameter name");
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "parameter " + key);
                switch (key.toLowerCase(Locale.ROOT)) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    default -> params.put(key, value);
                }
            }
        }
        if (user == null || user.isEmpty()) {
            throw new IllegalArgumentException("PostgreSQL URL without a user: expected "
                    + "postgresql://user:password@host:5432/database");
        }
        String schema = params.getOrDefault("currentSchema", "public");
        if (!schema.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("PostgreSQL URL: currentSchema '" + schema
                    + "' must be a plain identifier (letters, digits, _)");
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(hostPort).append('/')
                .append(java.net.URLEncoder.encode(database, StandardCharsets.UTF_8));
        char sep = '?';
        for (Map.Entry<String, String> p : params.entrySet()) {
            jdbc.append(sep).append(java.net.URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return new PostgresUrl(jdbc.toString(), user, password, hostPort, database, schema);
    }

    /** {@code postgresql://user@host:port/database}, never the password. */
    public String redacted() {
        return "postgresql://" + user + "@" + host + "/" + database + (schema.equals("public") ? "" : "#" + schema);
    }

    @Override
    public String toString() {
        return redacted();
    }

    private static void checkPorts(String hostPort) {
        for (String one : hostPort.split(",")) {
            int colon = one.lastIndexOf(':');
            if (colon >= 0 && !one.endsWith("]")) {
                String port = one.substring(colon + 1);
                if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                    // Neither part is repeated: with a missing '@' they are the user and the password.
                    throw new IllegalArgumentException("PostgreSQL URL: a port is not a number from 1 to 65535 "
                            + "(expected postgresql://user:password@host:5432/database)");
                }
            }
        }
    }

    private static String decode(String text, String what) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // The text is not repeated: it may be the password.
            throw new IllegalArgumentException("PostgreSQL URL: the " + what + " has a bad percent-encoding");
        }
    }
}
