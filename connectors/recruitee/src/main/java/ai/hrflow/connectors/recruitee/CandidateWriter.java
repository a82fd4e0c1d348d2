package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.NotFoundException;
import ai.hrflow.connectors.api.model.Mode;
import com.fasterxml.jackson.databind.JsonNode;
import ai.hrflow.connectors.api.spi.PerItemWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes formatted candidates: create ({@code POST}, with the offers of the run, never twice: see
 * {@link CandidateCreator}), update ({@code PATCH /candidates/{id}}, {@code id} taken out of the body but kept
 * in failure reports) and archive ({@code DELETE /candidates/{id}}, a hard delete in Recruitee; a candidate
 * already gone counts as done, so a replayed archive is harmless). A refused item fails alone with the API's
 * reason; refused credentials stop the run.
 */
final class CandidateWriter extends PerItemWriter {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateWriter.class);

    private final RecruiteeClient client;
    private final Mode mode;
    private final List<Long> offers;
    private final CandidateCreator creator;

    CandidateWriter(RecruiteeClient client, Mode mode, List<Long> offers) {
        this.client = client;
        this.mode = mode;
        this.offers = List.copyOf(offers);
        this.creator = new CandidateCreator(client);
    }

    /** Recruitee's own message names the candidate and the refused fields. */
    @Override
    protected String reason(ObjectNode item, ConnectorException e) {
        return e.getMessage();
    }

    @Override
    protected String subject(ObjectNode item) {
        Long id = candidateId(item);
        return id != null ? "candidate " + id : "candidate " + item.path("emails").path(0).asText("without id");
    }

    /** Null when written, else why not. */
    @Override
    protected String writeOne(ObjectNode item) {
        return switch (mode) {
            case CREATE -> create(item);
            case UPDATE -> update(item);
            case ARCHIVE -> archive(item);
        };
    }

    private String create(ObjectNode item) {
        CandidateCreator.Outcome outcome = creator.create(item, offers);
        return outcome.isFailure() ? outcome.failure() : null;
    }

    private String update(ObjectNode item) {
        Long id = candidateId(item);
        if (id == null) {
            return missingId(item);
        }
        ObjectNode fields = item.deepCopy();
        fields.remove("id");
        try {
            client.updateCandidate(id, fields);
            return null;
        } catch (NotFoundException e) {
            return "candidate " + id + " does not exist in Recruitee (deleted, or the profile's reference is not a "
                    + "Recruitee candidate id)";
        }
    }

    private String archive(ObjectNode item) {
        Long id = candidateId(item);
        if (id == null) {
            return missingId(item);
        }
        if (!client.deleteCandidate(id)) {
            LOG.info("Candidate {} was already gone from Recruitee; counted as archived", id);
        }
        return null;
    }

    /** The item's {@code id} (the HrFlow profile's reference): a number, or a numeric string. */
    static Long candidateId(JsonNode item) {
        JsonNode id = item.path("id");
        if (id.isIntegralNumber()) {
            return id.longValue();
        }
        if (id.isTextual() && id.asText().trim().matches("\\d{1,18}")) {
            return Long.parseLong(id.asText().trim());
        }
        return null;
    }

    private static String missingId(ObjectNode item) {
        return "the item has no Recruitee candidate id in 'id' (got " + item.path("id") + "): the HrFlow profile's "
                + "reference must be the Recruitee candidate id";
    }
}
