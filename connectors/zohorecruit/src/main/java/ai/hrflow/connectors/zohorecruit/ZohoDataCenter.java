package ai.hrflow.connectors.zohorecruit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Zoho data centers the connector supports (contract §1). An account lives in exactly one: its OAuth
 * server and its Recruit host must both be that data center's, and a token minted by one is refused by
 * another's Recruit host. The Recruit host is derived from the configured accounts URL, never from the
 * {@code api_domain} of the token response (the generic {@code zohoapis} host is not known to serve Recruit).
 */
public enum ZohoDataCenter {
    US("https://accounts.zoho.com", "https://recruit.zoho.com"),
    AU("https://accounts.zoho.com.au", "https://recruit.zoho.com.au"),
    EU("https://accounts.zoho.eu", "https://recruit.zoho.eu"),
    IN("https://accounts.zoho.in", "https://recruit.zoho.in"),
    CN("https://accounts.zoho.com.cn", "https://recruit.zoho.com.cn"),
    JP("https://accounts.zoho.jp", "https://recruit.zoho.jp"),
    // CA is on zohocloud.ca, not zoho.ca
    CA("https://accounts.zohocloud.ca", "https://recruit.zohocloud.ca");

    private final String accountsUrl;
    private final String recruitUrl;

    ZohoDataCenter(String accountsUrl, String recruitUrl) {
        this.accountsUrl = accountsUrl;
        this.recruitUrl = recruitUrl;
    }

    /** The Zoho Accounts (OAuth) server, e.g. {@code https://accounts.zoho.eu}. */
    public String accountsUrl() {
        return accountsUrl;
    }

    /** The Recruit host, without the API path, e.g. {@code https://recruit.zoho.eu}. */
    public String recruitUrl() {
        return recruitUrl;
    }

    /** {@code <accounts>/oauth/v2/token}: where codes are exchanged and tokens refreshed. */
    public String tokenUrl() {
        return accountsUrl + "/oauth/v2/token";
    }

    /** {@code <recruit>/recruit/v2}: the base of every Records API call. */
    public String recruitApiUrl() {
        return recruitUrl + "/recruit/v2";
    }

    /** The accounts URLs in the order the reference's {@code ZohoAccountsURL} enum lists them. */
    public static String[] accountsUrls() {
        return Arrays.stream(values()).map(ZohoDataCenter::accountsUrl).toArray(String[]::new);
    }

    /**
     * The data center of an accounts URL, or of a Recruit URL (the former Zoho connector took a single URL for
     * both). Case, a trailing slash and a path after the host are tolerated.
     */
    public static Optional<ZohoDataCenter> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String wanted = url.trim().toLowerCase(Locale.ROOT);
        for (ZohoDataCenter dc : values()) {
            if (sameHost(wanted, dc.accountsUrl) || sameHost(wanted, dc.recruitUrl)) {
                return Optional.of(dc);
            }
        }
        return Optional.empty();
    }

    private static boolean sameHost(String given, String known) {
        return given.equals(known) || given.startsWith(known + "/");
    }
}
