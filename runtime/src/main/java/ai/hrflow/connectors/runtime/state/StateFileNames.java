package ai.hrflow.connectors.runtime.state;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns workflow ids and credential keys into file names and back, for {@link LocalJsonStateStore}
 * (which encodes on every call and decodes when listing workflows) and for tools that inspect a state
 * directory by hand.
 *
 * <p>Ids are free text chosen by users ({@code a/b}, {@code ../x}, {@code é}), so they cannot be used
 * as file names as they are. The encoding keeps {@code [A-Za-z0-9._-]}, writes every other UTF-8 byte
 * as {@code %XX} (upper-case hex) and also encodes a leading {@code .}: an encoded name therefore
 * never contains a separator, is never {@code .} or {@code ..} and never names a hidden file (which
 * leaves names starting with a dot free for the store's temporary files). Each id has exactly one
 * encoding and {@link #decode(String)} accepts only that one, so two different ids never share a file.
 *
 * <p>Not handled here: case-insensitive file systems (macOS, Windows by default) see {@code Sync} and
 * {@code sync} as one file, and names longer than the file system allows are left to the caller.
 */
public final class StateFileNames {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private StateFileNames() {
    }

    /**
     * The file name (without extension) for an id.
     *
     * @throws IllegalArgumentException when the id is empty or is not valid Unicode (a lone surrogate
     *     would otherwise be replaced by {@code ?} and collide with the id that really has a {@code ?})
     */
    public static String encode(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("workflow id / key must not be empty");
        }
        byte[] utf8 = strictUtf8(id);
        StringBuilder out = new StringBuilder(utf8.length + 8);
        for (int i = 0; i < utf8.length; i++) {
            int b = utf8[i] & 0xFF;
            boolean leadingDot = i == 0 && b == '.';
            if (isKept(b) && !leadingDot) {
                out.append((char) b);
            } else {
                out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * The id a file name (without extension) was made from.
     *
     * @throws IllegalArgumentException when the name is not exactly what {@link #encode(String)} produces
     *     for some id (foreign files in the state directory, hand-made names, temporary files)
     */
    public static String decode(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("file name must not be empty");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '%') {
                if (i + 2 >= name.length()) {
                    throw notEncoded(name, "truncated escape at index " + i);
                }
                bytes.write(hexValue(name, i + 1) << 4 | hexValue(name, i + 2));
                i += 2;
            } else if (c < 0x80 && isKept(c)) {
                bytes.write(c);
            } else {
                throw notEncoded(name, "character '" + c + "' is never left unencoded");
            }
        }
        String id = strictString(bytes.toByteArray(), name);
        // Only the canonical form is accepted (no "%41" for "A", no leading "."): otherwise two names
        // could decode to the same id and a listing would show it twice.
        if (!encode(id).equals(name)) {
            throw notEncoded(name, "not the canonical encoding of '" + id + "'");
        }
        return id;
    }

    /** True when {@code name} is exactly the encoding of some id. */
    public static boolean isEncoded(String name) {
        try {
            decode(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isKept(int b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
                || b == '.' || b == '_' || b == '-';
    }

    private static int hexValue(String name, int index) {
        char c = name.charAt(index);
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw notEncoded(name, "'" + c + "' at index " + index + " is not an upper-case hex digit");
    }

    private static byte[] strictUtf8(String id) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(id));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("workflow id / key is not valid Unicode (lone surrogate)", e);
        }
    }

    private static String strictString(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw notEncoded(name, "escapes are not valid UTF-8");
        }
    }

    private static IllegalArgumentException notEncoded(String name, String why) {
        return new IllegalArgumentException("'" + name + "' is not an encoded state file name: " + why);
    }
}
