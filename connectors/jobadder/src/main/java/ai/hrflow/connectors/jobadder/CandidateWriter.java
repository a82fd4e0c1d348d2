package ai.hrflow.connectors.jobadder;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.FieldError;
import ai.hrflow.connectors.api.errors.NotFoundException;
import ai.hrflow.connectors.api.errors.ServerException;
import ai.hrflow.connectors.api.errors.TransportException;
import ai.hrflow.connectors.api.errors.ValidationException;
import com.fasterxml.jackson.databind.JsonNode;
import ai.hrflow.connectors.api.spi.PerItemWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes formatted candidates (the JobAdder candidate model) one call each: create ({@code POST}) or update
 * ({@code PUT}, the item's {@code candidateId}). A duplicate refused because {@code X-Allow-Duplicates} is not
 * set is reported skipped (JobAdder already has the candidate), with a reason naming it; another refused item
 * fails alone, with a reason naming the refused fields (validation); credential problems stop the run.
 *
 * <p><b>No duplicate on a lost answer.</b> JobAdder has no idempotency key, and a create whose answer is lost
 * (connection dropped, timeout, 5xx) may or may not have been applied, so neither this writer nor the HTTP layer
 * sends it again blindly. Before a create, the candidates with the item's email are looked up; after an unknown
 * outcome they are looked up again, and a candidate that was not there before is the one the create made (the
 * item is done). Only when none appeared is the create sent once more. An item without an email cannot be
 * checked and fails with "outcome unknown", rather than risk a duplicate. The same lookup lets a create without
 * duplicates allowed fail early with the existing candidate's id, as JobAdder's 409 would.
 *
 * <p><b>Duplicates allowed</b> ({@code XAllowDuplicates} / {@code allow_duplicates}): the create goes out
 * without the header; JobAdder's 409 carries a duplicate-override code, and the same create is sent once more
 * with {@code X-Allow-Duplicates: <code>}. A 409 without a code, or a second 409, fails the item. (Two items
 * of one run with the same email, written at once, with duplicates allowed and a lost answer, could take each
 * other's candidate for their own: the price of having no idempotency key, and only with duplicates allowed.)
 */
final class CandidateWriter extends PerItemWriter {
    /** Whether the writer creates or updates. */
    enum Operation { CREATE, UPDATE }

    private static final Logger LOG = LoggerFactory.getLogger(CandidateWriter.class);

    private final JobAdderClient client;
    private final Operation operation;
    private final boolean allowDuplicates;
    private final String allowDuplicatesParameter;

    /** @param allowDuplicatesParameter the parameter's name for messages ({@code XAllowDuplicates} in v1) */
    CandidateWriter(JobAdderClient client, Operation operation, boolean allowDuplicates, String allowDuplicatesParameter) {
        this.client = client;
        this.operation = operation;
        this.allowDuplicates = allowDuplicates;
        this.allowDuplicatesParameter = allowDuplicatesParameter;
    }

    @Override
    protected String writeOne(ObjectNode item) {
        try {
            if (operation == Operation.CREATE) {
                create(item);
            } else {
                update(item);
            }
            return null;
        } catch (DuplicateCandidateException e) {
            throw refusedDuplicate(e);
        }
    }

    @Override
    protected String subject(ObjectNode item) {
        String email = text(item, "email");
        return email != null ? "candidate " + email : "candidate " + item.path("candidateId").asText("without email");
    }

    /**
     * What a candidate JobAdder refused as a duplicate counts as: the one place that classifies it (skipped, with
     * a reason naming the existing candidate).
     */
    private PerItemWriter.Skipped refusedDuplicate(DuplicateCandidateException e) {
        // refused on purpose (duplicates not allowed): JobAdder already has it, so it is done, not failed
        return new PerItemWriter.Skipped(reason(e));
    }

    private void create(ObjectNode item) {
        ObjectNode body = item.deepCopy();
        body.remove("candidateId");
        String email = text(body, "email");
        Set<Long> before = email == null ? Set.of() : withEmail(email);
        if (!before.isEmpty() && !allowDuplicates) {
            long existing = before.iterator().next();
            throw new DuplicateCandidateException("JobAdder already has a candidate with this email (candidateId "
                    + existing + ")", existing);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                send(body);
                return;
            } catch (TransportException | ServerException unknownOutcome) {
                if (unknownOutcome instanceof TransportException t && t.isConnectFailure()) {
                    throw t; // nothing was sent; the HTTP layer already retried
                }
                if (email == null) {
                    throw new ConnectorException("the create's outcome is unknown (" + unknownOutcome.getMessage()
                            + ") and the candidate has no email to check it by; look for "
                            + text(body, "firstName") + " " + text(body, "lastName") + " in JobAdder before running"
                            + " again, to avoid a duplicate");
                }
                Set<Long> created = withEmail(email);
                created.removeAll(before);
                if (!created.isEmpty()) {
                    LOG.info("A candidate create lost its answer but was applied (candidateId {}); not sent again",
                            created.iterator().next());
                    return;
                }
                if (attempt >= 2) {
                    throw unknownOutcome;
                }
                LOG.info("A candidate create lost its answer and was not applied; sending it once more");
            }
        }
    }

    /**
     * One create. With duplicates allowed, a 409 is answered by sending the same create once more with the
     * duplicate-override code the 409 carried (JobAdder's protocol for {@code X-Allow-Duplicates}); without, the
     * 409 stands.
     */
    private void send(ObjectNode body) {
        try {
            client.createCandidate(body, null);
        } catch (DuplicateCandidateException refused) {
            if (!allowDuplicates) {
                throw refused;
            }
            if (refused.overrideCode() == null) {
                throw new ConnectorException("JobAdder refused the candidate as a duplicate (HTTP 409)"
                        + existing(refused) + " without the duplicate-override code needed to create it anyway;"
                        + " not created");
            }
            try {
                client.createCandidate(body, refused.overrideCode());
            } catch (DuplicateCandidateException again) {
                throw new ConnectorException("JobAdder refused the candidate as a duplicate" + existing(again)
                        + " even when sent with the duplicate-override code of its first answer (HTTP 409 twice);"
                        + " not created");
            }
        }
    }

    private static String existing(DuplicateCandidateException e) {
        return e.existingCandidateId() == null ? "" : " of candidateId " + e.existingCandidateId();
    }

    private void update(ObjectNode item) {
        JsonNode id = item.get("candidateId");
        if (id == null || !id.canConvertToLong() && !(id.isTextual() && id.asText().matches("\\d{1,18}"))) {
            throw new ConnectorException("the item has no JobAdder candidateId (the HrFlow profile's reference must"
                    + " be the JobAdder candidate id to update it)");
        }
        ObjectNode body = item.deepCopy();
        body.remove("candidateId");
        long candidateId = id.asLong();
        try {
            client.updateCandidate(candidateId, body);
        } catch (NotFoundException e) {
            throw new ConnectorException("JobAdder has no candidate " + candidateId + " to update");
        }
    }

    @Override
    protected String reason(ObjectNode item, ConnectorException e) {
        return reason(e);
    }

    private String reason(ConnectorException e) {
        if (e instanceof DuplicateCandidateException d) {
            return "duplicate: " + d.getMessage() + "; not created. Update that candidate instead, or set "
                    + allowDuplicatesParameter + " to true to create another one";
        }
        if (e instanceof ValidationException v && !v.fieldErrors().isEmpty()) {
            return "JobAdder refused the candidate: " + v.fieldErrors().stream().map(FieldError::toString)
                    .collect(Collectors.joining("; "));
        }
        return e.getMessage();
    }

    /**
     * Ids of the candidates whose email is exactly this one (case aside): the API's email filter is trusted to
     * narrow the list, not to be exact, so a fuzzy match never counts as a duplicate or as our own create.
     */
    private Set<Long> withEmail(String email) {
        Set<Long> ids = new HashSet<>();
        for (ObjectNode c : client.candidatesWithEmail(email)) {
            if (email.equalsIgnoreCase(c.path("email").asText(""))) {
                ids.add(c.path("candidateId").asLong());
            }
        }
        return ids;
    }

    private static String text(ObjectNode node, String field) {
        return Nodes.text(node, field);
    }
}
