package ai.hrflow.connectors.cli.testing;

import ai.hrflow.connectors.api.spi.Callback;
import ai.hrflow.connectors.api.spi.CallbackContext;
import ai.hrflow.connectors.api.spi.Format;
import ai.hrflow.connectors.api.spi.Logic;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Functions a configuration file names by class. */
public final class Functions {
    private Functions() {
    }

    /** Discards candidates with an odd id. */
    public static final class DropOddIds implements Logic {
        @Override
        public ObjectNode apply(ObjectNode item) {
            return item.get("id").asLong() % 2 == 1 ? null : item;
        }
    }

    /** Upper-cases the name. */
    public static final class UppercaseName implements Format {
        @Override
        public ObjectNode apply(ObjectNode item) {
            return item.put("name", item.get("name").asText().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Fixes what made the Memory HrFlow refuse a candidate (its {@code fail} flag). */
    public static final class ClearFailFlag implements Format {
        @Override
        public ObjectNode apply(ObjectNode item) {
            item.remove("fail");
            return item;
        }
    }

    /** Records that it ran. */
    public static final class RecordingCallback implements Callback {
        @Override
        public void onComplete(CallbackContext context) {
            MemoryData.CALLBACKS.add(context.workflowId());
        }
    }
}
