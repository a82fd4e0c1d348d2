package ai.hrflow.connectors.emulators.hrflow;

import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Registered API keys and the header check of every call. The permission comes from the key's prefix as the
 * SDK defines it: {@code ask_} all, {@code askr_} read, {@code askw_} write. Reads are GETs; every other method
 * is a write. A key may be limited to some sources/boards; otherwise it sees them all.
 */
final class ApiKeys {
    static final Pattern FORMAT = Pattern.compile("^ask[rw]?_[0-9a-f]{32}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Permission levels with the names {@code GET /auth} reports. */
    enum Permission {
        ALL("all"), READ("read"), WRITE("write");

        final String wire;

        Permission(String wire) {
            this.wire = wire;
        }

        static Permission ofKey(String key) {
            return key.startsWith("askr_") ? READ : key.startsWith("askw_") ? WRITE : ALL;
        }

        String prefix() {
            return this == ALL ? "ask_" : this == READ ? "askr_" : "askw_";
        }
    }

    /** @param containers visible source/board keys, or {@code null} for all */
    record ApiKey(String key, String email, Permission permission, Set<String> containers) {
        boolean sees(String containerKey) {
            return containers == null || containers.contains(containerKey);
        }
    }

    private final ConcurrentHashMap<String, ApiKey> keys = new ConcurrentHashMap<>();

    void add(String key, String email, Set<String> containers) {
        if (key == null || !FORMAT.matcher(key).matches()) {
            throw new IllegalArgumentException("HrFlow API keys match ^ask[rw]?_[0-9a-f]{32}$, got: " + key);
        }
        keys.put(key, new ApiKey(key, email, Permission.ofKey(key), containers == null ? null : Set.copyOf(containers)));
    }

    static String generate(Permission permission) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return permission.prefix() + HexFormat.of().formatHex(bytes);
    }

    /**
     * Checks both headers and, when {@code enforce}, the permission the method needs.
     *
     * @throws ai.hrflow.connectors.emulators.server.EmulatorError 401 with HrFlow's wording
     */
    ApiKey authenticate(EmulatorRequest request, boolean enforce) {
        ApiKey key = identify(request);
        if (enforce) {
            boolean write = !"GET".equals(request.method());
            Permission needed = write ? Permission.WRITE : Permission.READ;
            if (key.permission() != Permission.ALL && key.permission() != needed) {
                throw Envelope.error(401, "Unauthorized. Invalid secret key: " + key.key() + " for permission: " + needed.wire);
            }
        }
        return key;
    }

    /** Checks the headers only ({@code GET /auth} answers for any valid key). */
    ApiKey identify(EmulatorRequest request) {
        String secret = request.header("X-API-KEY");
        ApiKey key = secret == null ? null : keys.get(secret);
        if (key == null) {
            throw Envelope.error(401, "Unauthorized. Invalid secret key: " + (secret == null ? "" : secret));
        }
        String email = request.header("X-USER-EMAIL");
        if (email == null || !email.toLowerCase(Locale.ROOT).equals(key.email().toLowerCase(Locale.ROOT))) {
            // Wording not documented upstream; a 401 is what matters to clients.
            throw Envelope.error(401, "Unauthorized. Invalid user email: " + (email == null ? "" : email));
        }
        return key;
    }
}
