package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.spi.PerItemWriter;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.model.Mode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes jobs into one board (contract §6.2), with the reference's gaps closed:
 * <ul>
 * <li>create: optional enrichment by text parsing, then POST; a job whose reference exists is skipped and
 *     counted {@code write_skipped}, as for profiles (the reference failed it).</li>
 * <li>update: PUT of the item as it is (HrFlow finds the job by its key or reference); an item with neither
 *     fails instead of being sent anyway (bug 6), and so does a job HrFlow does not have.</li>
 * <li>archive: by reference; a job HrFlow does not have is logged and counted written.</li>
 * </ul>
 */
final class JobWriter extends ItemWriter {
    private static final Logger LOG = LoggerFactory.getLogger(JobWriter.class);

    private final HrFlowClient client;
    private final String boardKey;
    private final Mode mode;
    private final boolean enrich;

    JobWriter(HrFlowClient client, String boardKey, Mode mode, boolean enrichWithParsing) {
        this.client = client;
        this.boardKey = boardKey;
        this.mode = mode;
        this.enrich = enrichWithParsing;
    }

    @Override
    protected String subject(ObjectNode item) {
        return describe("job", item);
    }

    @Override
    protected String writeOne(ObjectNode item) {
        return switch (mode) {
            case CREATE -> create(item);
            case UPDATE -> update(item);
            case ARCHIVE -> archive(item);
        };
    }

    private String create(ObjectNode item) {
        ObjectNode job = item.deepCopy();
        if (enrich) {
            try {
                JobEnrichment.enrich(client.parsing(), job);
            } catch (ConnectorException e) {
                if (e.isFatal()) {
                    throw e;
                }
                return "enriching " + subject(item) + " with HrFlow parsing failed: "
                        + HrFlowErrors.itemReason("the text", e);
            }
        }
        try {
            client.jobs().add(boardKey, job);
        } catch (HrFlowDuplicateReferenceException e) {
            throw new PerItemWriter.Skipped("job " + IndexingApi.text(item, "reference") + " already exists in board " + boardKey
                    + ": not created");
        }
        return null;
    }

    private String update(ObjectNode item) {
        ObjectRef ref = refOf(item);
        if (ref == null) {
            return "job without reference or key: cannot find which job to update";
        }
        try {
            client.jobs().edit(boardKey, item);
        } catch (HrFlowNotFoundException e) {
            if (e.isContainer()) {
                throw e;
            }
            return "job " + ref.value() + " not found in board " + boardKey;
        }
        return null;
    }

    private String archive(ObjectNode item) {
        String reference = IndexingApi.text(item, "reference");
        if (reference == null) {
            return "job without reference: HrFlow archives jobs by reference";
        }
        try {
            client.jobs().archive(boardKey, ObjectRef.reference(reference));
        } catch (HrFlowNotFoundException e) {
            if (e.isContainer()) {
                throw e;
            }
            LOG.info("Job {} not found in board {}: nothing to archive", reference, boardKey);
        }
        return null;
    }
}
