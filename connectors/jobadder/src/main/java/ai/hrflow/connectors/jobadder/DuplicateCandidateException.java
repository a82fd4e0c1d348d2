package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.errors.ConnectorException;

/**
 * JobAdder refused to create a candidate because one with the same email exists (HTTP 409). Not fatal: only this
 * item failed, and the message names the existing candidate so the user can update it instead or allow
 * duplicates. The 409 carries a duplicate-override code ({@link #overrideCode()}) with which the same create is
 * accepted when re-sent.
 */
public final class DuplicateCandidateException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    private final Long existingCandidateId;
    private final transient String overrideCode;

    /** @param existingCandidateId null when JobAdder did not say which candidate it matched */
    public DuplicateCandidateException(String message, Long existingCandidateId) {
        this(message, existingCandidateId, null);
    }

    /**
     * @param existingCandidateId null when JobAdder did not say which candidate it matched
     * @param overrideCode the 409's duplicate-override code; null when it carried none
     */
    public DuplicateCandidateException(String message, Long existingCandidateId, String overrideCode) {
        super(message);
        this.existingCandidateId = existingCandidateId;
        this.overrideCode = overrideCode;
    }

    /**
     * The code to send as {@code X-Allow-Duplicates} to create the candidate anyway, or null. Not a secret of
     * the user's, but single use and meaningless elsewhere, so never put in a message.
     */
    public String overrideCode() {
        return overrideCode;
    }

    /** The candidate JobAdder matched, or null when its answer did not say. */
    public Long existingCandidateId() {
        return existingCandidateId;
    }
}
