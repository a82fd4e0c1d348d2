package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;

/** An entry of {@code GET /{module}/deleted} (contract §3.3): in the recycle bin or deleted permanently. */
record DeletedRecord(String id, String displayName, boolean permanent, long deletedTime, ObjectNode createdBy,
        ObjectNode deletedBy) {

    String type() {
        return permanent ? "permanent" : "recycle";
    }

    DeletedRecord purged() {
        return new DeletedRecord(id, displayName, true, deletedTime, createdBy, deletedBy);
    }

    ObjectNode render(ZoneId zone) {
        ObjectNode o = Json.object().put("id", id).put("display_name", displayName).put("type", type());
        o.set("deleted_by", deletedBy.deepCopy());
        o.put("deleted_time", ZohoTime.format(deletedTime, zone));
        o.set("created_by", createdBy == null ? null : createdBy.deepCopy());
        return o;
    }
}
