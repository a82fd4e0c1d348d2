package ai.hrflow.connectors.emulators.zoho;

/**
 * The Zoho data centers of contract §1. An emulator plays exactly one of them: OAuth clients registered for
 * another one get {@code invalid_client}, as they would on the wrong accounts host.
 */
public enum DataCenter {
    US("https://accounts.zoho.com", "https://recruit.zoho.com", "https://www.zohoapis.com"),
    EU("https://accounts.zoho.eu", "https://recruit.zoho.eu", "https://www.zohoapis.eu"),
    IN("https://accounts.zoho.in", "https://recruit.zoho.in", "https://www.zohoapis.in"),
    AU("https://accounts.zoho.com.au", "https://recruit.zoho.com.au", "https://www.zohoapis.com.au"),
    CN("https://accounts.zoho.com.cn", "https://recruit.zoho.com.cn", "https://www.zohoapis.com.cn"),
    JP("https://accounts.zoho.jp", "https://recruit.zoho.jp", "https://www.zohoapis.jp"),
    CA("https://accounts.zohocloud.ca", "https://recruit.zohocloud.ca", "https://www.zohoapis.ca");

    private final String accountsUrl;
    private final String recruitUrl;
    private final String apiDomain;

    DataCenter(String accountsUrl, String recruitUrl, String apiDomain) {
        this.accountsUrl = accountsUrl;
        this.recruitUrl = recruitUrl;
        this.apiDomain = apiDomain;
    }

    /** The real accounts host, e.g. {@code https://accounts.zoho.eu}. */
    public String accountsUrl() {
        return accountsUrl;
    }

    /** The real Recruit host (without {@code /recruit/v2}), e.g. {@code https://recruit.zoho.eu}. */
    public String recruitUrl() {
        return recruitUrl;
    }

    /** The generic API host the token response names in {@code api_domain}. */
    public String apiDomain() {
        return apiDomain;
    }
}
