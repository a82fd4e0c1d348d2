package ai.hrflow.connectors.cli.serve;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HrFlow's webhook signature: the {@value #HEADER} header holds the lowercase hex HMAC-SHA256 of the request body,
 * keyed with the webhook secret (UTF-8).
 *
 * <p>Unsure: HrFlow's published material is not consistent. Its workflow examples compare the hex HMAC-SHA256 of the
 * compact JSON body with the header (what this class does, on the raw bytes received); its older SDKs expect a
 * "signed request" ({@code base64url(hexdigest).base64url(payload)}), which is not accepted here. A body re-serialised
 * by a proxy between HrFlow and this server (spacing, key order) fails the check.
 */
public final class HrFlowSignature {
    public static final String HEADER = "HTTP-HRFLOW-SIGNATURE";

    private HrFlowSignature() {
    }

    /** The header value HrFlow sends for {@code body}. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether {@code header} signs {@code body} with {@code secret}; compared in constant time. */
    public static boolean verify(String secret, byte[] body, String header) {
        if (header == null || header.isBlank() || secret == null || secret.isEmpty()) {
            return false;
        }
        byte[] expected = sign(secret, body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = header.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
