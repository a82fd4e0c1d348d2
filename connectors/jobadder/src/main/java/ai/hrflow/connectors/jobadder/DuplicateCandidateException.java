package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.errors.ConnectorException;

/**
 * JobAdder refused to create a candidate because one with the same email exists (HTTP 409 without
 * {@code X-Allow-Duplicates: true}). Not fatal: only this item failed, and the message names the existing
 * candidate so the user can update it instead or allow duplicates.
 */
public final class DuplicateCandidateException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    private final Long existingCandidateId;

    /** @param existingCandidateId null when JobAdder did not say which candidate it matched */
    public DuplicateCandidateException(String message, Long existingCandidateId) {
        super(message);
        this.existingCandidateId = existingCandidateId;
    }

    /** The candidate JobAdder matched, or null when its answer did not say. */
    public Long existingCandidateId() {
        return existingCandidateId;
    }
}
