package ai.hrflow.connectors.zohorecruit;

import ai.hrflow.connectors.api.spi.ItemFailure;
import ai.hrflow.connectors.api.spi.ItemSkip;
import ai.hrflow.connectors.api.spi.WriteResult;
import ai.hrflow.connectors.api.spi.Writer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a batch of formatted candidates to Zoho Recruit in one call (up to {@link ZohoRecruitClient#MAX_BATCH}),
 * and maps Zoho's answer for each record back to its item: one bad record ({@code DUPLICATE_DATA},
 * {@code INVALID_DATA}, {@code MANDATORY_NOT_FOUND}...) fails alone, with Zoho's code in the reason, except an
 * insert refused with {@code DUPLICATE_DATA}, which Zoho already has: it is reported skipped. The
 * reference sent one call per record and judged it by the HTTP status only.
 *
 * <p>Items need an {@code id} (the Zoho record id) to be updated or deleted; an item without one fails here,
 * without a call. On insert and upsert an {@code id} is left out: it is read-only in Zoho.
 */
final class CandidateWriter implements Writer {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateWriter.class);

    /** What the writer does with each record. */
    enum Operation {
        INSERT, UPDATE, DELETE,
        /** Update the candidate with the same {@code Email}, else create one: repeatable without duplicates. */
        UPSERT_BY_EMAIL
    }

    private final ZohoRecruitClient client;
    private final Operation operation;
    private final Boolean wfTrigger;
    private final ObjectNode extraFields;

    /**
     * @param wfTrigger delete only: whether Zoho runs workflow rules; null for its default
     * @param extraFields set on every inserted or upserted record unless the item has them (the legacy owner)
     */
    CandidateWriter(ZohoRecruitClient client, Operation operation, Boolean wfTrigger, ObjectNode extraFields) {
        this.client = Objects.requireNonNull(client, "client");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.wfTrigger = wfTrigger;
        this.extraFields = extraFields;
    }

    @Override
    public WriteResult write(List<ObjectNode> items) {
        List<ItemFailure> failures = new ArrayList<>();
        List<ItemSkip> skipped = new ArrayList<>();
        List<Integer> sentIndexes = new ArrayList<>();
        List<ObjectNode> records = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ObjectNode item = items.get(i);
            String id = id(item);
            boolean needsId = operation == Operation.UPDATE || operation == Operation.DELETE;
            if (needsId && id == null) {
                failures.add(new ItemFailure(i, "MANDATORY_NOT_FOUND: the item has no id, the Zoho record id to "
                        + (operation == Operation.DELETE ? "delete" : "update")
                        + " (the default format takes it from the HrFlow profile's reference)"));
                continue;
            }
            sentIndexes.add(i);
            ids.add(id);
            records.add(record(item, id));
        }
        if (!records.isEmpty()) {
            List<RecordResult> results = send(records, ids);
            int refused = 0;
            for (int j = 0; j < results.size(); j++) {
                RecordResult result = results.get(j);
                if (!result.isSuccess() && operation == Operation.INSERT && "DUPLICATE_DATA".equals(result.code())) {
                    // Zoho refuses the insert on purpose: it already has this candidate (a unique field matches)
                    skipped.add(new ItemSkip(sentIndexes.get(j), result.describe()));
                } else if (!result.isSuccess()) {
                    refused++;
                    failures.add(new ItemFailure(sentIndexes.get(j), result.describe()));
                }
            }
            LOG.debug("{} of {} Candidates in one call: {} refused", operation, records.size(), refused);
        }
        failures.sort(Comparator.comparingInt(ItemFailure::index));
        return WriteResult.of(failures, skipped);
    }

    private List<RecordResult> send(List<ObjectNode> records, List<String> ids) {
        String module = ZohoModule.CANDIDATES.apiName();
        return switch (operation) {
            case INSERT -> client.insert(module, records);
            case UPDATE -> client.update(module, records);
            case UPSERT_BY_EMAIL -> client.upsert(module, records, List.of("Email"));
            case DELETE -> client.delete(module, ids, wfTrigger);
        };
    }

    private ObjectNode record(ObjectNode item, String id) {
        ObjectNode record = item.deepCopy();
        record.remove("id");
        if (operation == Operation.UPDATE) {
            // a string: 18-digit ids do not survive a trip through a double (the reference sent a number)
            record.put("id", id);
        }
        if (extraFields != null && (operation == Operation.INSERT || operation == Operation.UPSERT_BY_EMAIL)) {
            extraFields.fields().forEachRemaining(e -> {
                if (!record.hasNonNull(e.getKey())) {
                    record.set(e.getKey(), e.getValue().deepCopy());
                }
            });
        }
        return record;
    }

    private static String id(ObjectNode item) {
        JsonNode id = item.path("id");
        if (!id.isValueNode() || id.isNull() || id.asText().isBlank()) {
            return null;
        }
        return id.isBigInteger() || id.isIntegralNumber() ? id.bigIntegerValue().toString() : id.asText().trim();
    }
}
