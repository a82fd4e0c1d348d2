package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.Router;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes on the Records API: insert (§3.5), update (§3.6), upsert (§3.7), delete (§3.8). Request-level
 * problems (no {@code data}, more than 100 records, bad parameters) answer 400 without {@code data}; record
 * problems answer per record, with 207 (or 202) when only some failed and 400 when all did.
 */
final class WriteRoutes {
    static final int MAX_RECORDS = 100;
    private static final String BASE = "/recruit/v2/{module}";

    private final ZohoOrg org;
    private final RecruitGate gate;

    WriteRoutes(ZohoOrg org, RecruitGate gate) {
        this.org = org;
        this.gate = gate;
    }

    void register(Router router) {
        router.post(BASE + "/upsert", gate.guard(RecruitOperation.UPSERT, this::upsert));
        router.post(BASE, gate.guard(RecruitOperation.INSERT, this::insert));
        router.put(BASE, gate.guard(RecruitOperation.UPDATE, this::update));
        router.put(BASE + "/{id}", gate.guard(RecruitOperation.UPDATE, this::update));
        router.delete(BASE, gate.guard(RecruitOperation.DELETE, this::delete));
        router.delete(BASE + "/{id}", gate.guard(RecruitOperation.DELETE, this::delete));
    }

    private EmulatorResponse insert(EmulatorRequest req, RecordStore store) {
        ArrayNode data = data(req.jsonObject());
        return answer(org.writer(store.module).insert(data), 201);
    }

    private EmulatorResponse update(EmulatorRequest req, RecordStore store) {
        ArrayNode data = data(req.jsonObject());
        String pathId = req.pathVariable("id");
        if (pathId != null && data.size() > 1) {
            throw ZohoErrors.error(400, "INVALID_DATA", "only one record can be updated through its URL",
                    Json.object().put("api_name", "data"));
        }
        return answer(org.writer(store.module).update(data, pathId), 200);
    }

    private EmulatorResponse upsert(EmulatorRequest req, RecordStore store) {
        ObjectNode body = req.jsonObject();
        ArrayNode data = data(body);
        List<String> checkFields = store.uniqueFields();
        JsonNode given = body.get("duplicate_check_fields");
        if (given != null && !given.isNull()) {
            checkFields = new ArrayList<>();
            for (JsonNode f : given.isArray() ? given : Json.array().add(given)) {
                // Only unique fields can identify a record; Zoho names them in the module's layout.
                if (!f.isTextual() || !store.uniqueFields().contains(f.asText())) {
                    throw ZohoErrors.error(400, "INVALID_DATA", "the field is not a unique field",
                            Json.object().put("api_name", f.asText()).put("json_path", "$.duplicate_check_fields"));
                }
                checkFields.add(f.asText());
            }
        }
        return answer(org.writer(store.module).upsert(data, checkFields), 200);
    }

    private EmulatorResponse delete(EmulatorRequest req, RecordStore store) {
        ListQuery.checkFlag(req.query(), "wf_trigger");
        String pathId = req.pathVariable("id");
        List<String> ids;
        if (pathId != null) {
            ids = List.of(pathId);
        } else {
            String csv = req.query().first("ids");
            if (csv == null || csv.isBlank()) {
                throw ZohoErrors.error(400, "MANDATORY_NOT_FOUND", "required param not found",
                        Json.object().put("param_name", "ids"));
            }
            ids = Arrays.stream(csv.split(",")).map(String::trim).toList();
            checkLimit(ids.size());
        }
        return answer(org.writer(store.module).delete(ids), 200);
    }

    private ArrayNode data(ObjectNode body) {
        JsonNode trigger = body.get("trigger");
        if (trigger != null && !trigger.isArray() && !trigger.isNull()) {
            throw ZohoErrors.error(400, "INVALID_DATA", "invalid data",
                    Json.object().put("api_name", "trigger").put("expected_data_type", "jsonarray"));
        }
        JsonNode data = body.get("data");
        if (data == null || data.isNull() || data.isArray() && data.isEmpty()) {
            throw ZohoErrors.error(400, "MANDATORY_NOT_FOUND", "required field not found",
                    Json.object().put("api_name", "data"));
        }
        if (!data.isArray()) {
            throw ZohoErrors.error(400, "INVALID_DATA", "invalid data",
                    Json.object().put("api_name", "data").put("expected_data_type", "jsonarray"));
        }
        checkLimit(data.size());
        return (ArrayNode) data;
    }

    private void checkLimit(int records) {
        if (records > MAX_RECORDS) {
            throw ZohoErrors.error(400, org.settings.batchLimitCode(),
                    "the number of records exceeds the limit of " + MAX_RECORDS + " per call",
                    Json.object().put("limit", MAX_RECORDS));
        }
    }

    private EmulatorResponse answer(List<ObjectNode> results, int allSuccess) {
        ObjectNode body = Json.object();
        ArrayNode data = body.putArray("data");
        results.forEach(data::add);
        return EmulatorResponse.json(RecordWriter.status(results, allSuccess, org.settings.partialSuccessStatus()), body);
    }
}
