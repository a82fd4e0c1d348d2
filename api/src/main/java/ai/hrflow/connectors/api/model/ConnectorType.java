package ai.hrflow.connectors.api.model;

import java.util.Locale;

/** Category of the system a connector talks to. Display values match the reference. */
public enum ConnectorType {
    ATS("ATS"),
    CRM("CRM"),
    HCM("HCM"),
    AUTOMATION("Automation"),
    JOB_BOARD("Job Board"),
    CLASSIFIED_ADS("Classified Ads"),
    OTHER("Other");

    private final String value;

    ConnectorType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The manifest form: upper case without spaces ({@code JOBBOARD}, {@code CLASSIFIEDADS}). */
    public String manifestValue() {
        return value.toUpperCase(Locale.ROOT).replace(" ", "");
    }
}
