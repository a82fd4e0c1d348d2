package ai.hrflow.connectors.api.model;

import ai.hrflow.connectors.api.spi.Callback;
import ai.hrflow.connectors.api.spi.Format;
import ai.hrflow.connectors.api.spi.Logic;
import java.util.List;

/**
 * What a caller gives an action: the reference's keyword arguments. Flow (v2) actions take
 * {@code connector_auth, hrflow_auth, pull_parameters, push_parameters}; legacy (v1) actions take
 * {@code origin_parameters, target_parameters}. Parameter groups may be a {@code Map}, a Jackson node or a
 * typed object Jackson converts to one; they are validated when the action runs.
 *
 * <pre>{@code
 * ActionRequest request = ActionRequest.builder("zoho-to-hrflow")
 *         .connectorAuth(Map.of("client_id", "...", "client_secret", "...", "refresh_token", "..."))
 *         .hrflowAuth(Map.of("api_secret", "...", "api_user", "me@example.com"))
 *         .pushParameters(Map.of("source_key", "..."))
 *         .incremental(true)
 *         .build();
 * }</pre>
 *
 * @param logics null = the action's default logics
 * @param format null = the action's default format
 * @param callback null = the action's default callback
 * @param batchSize null = the target's declared batch size (our addition)
 * @param writeConcurrency null = the target's declared concurrency (our addition)
 * @param limit read at most this many items (null: all); the incremental position moves only past those
 * @param parkAfter consecutive failed runs after which an item is parked; null = 3, 0 = never (our addition)
 * @param replayParked send the workflow's parked items again instead of reading the origin (our addition)
 */
public record ActionRequest(
        String workflowId,
        Object connectorAuth,
        Object hrflowAuth,
        Object pullParameters,
        Object pushParameters,
        Object originParameters,
        Object targetParameters,
        List<Logic> logics,
        Format format,
        Callback callback,
        boolean persist,
        boolean incremental,
        Integer batchSize,
        Integer writeConcurrency,
        Long limit,
        Integer parkAfter,
        boolean replayParked) {

    public ActionRequest {
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }

    /** Names the keys given, never their values: parameter groups hold credentials. */
    @Override
    public String toString() {
        return "ActionRequest[workflow_id=" + workflowId + given("connector_auth", connectorAuth)
                + given("hrflow_auth", hrflowAuth) + given("pull_parameters", pullParameters)
                + given("push_parameters", pushParameters) + given("origin_parameters", originParameters)
                + given("target_parameters", targetParameters) + ", persist=" + persist + ", incremental="
                + incremental + (replayParked ? ", replay_parked=true" : "") + "]";
    }

    private static String given(String key, Object value) {
        return value == null ? "" : ", " + key + "=(given)";
    }

    public static Builder builder(String workflowId) {
        return new Builder().workflowId(workflowId);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.workflowId = workflowId;
        b.connectorAuth = connectorAuth;
        b.hrflowAuth = hrflowAuth;
        b.pullParameters = pullParameters;
        b.pushParameters = pushParameters;
        b.originParameters = originParameters;
        b.targetParameters = targetParameters;
        b.logics = logics;
        b.format = format;
        b.callback = callback;
        b.persist = persist;
        b.incremental = incremental;
        b.batchSize = batchSize;
        b.writeConcurrency = writeConcurrency;
        b.limit = limit;
        b.parkAfter = parkAfter;
        b.replayParked = replayParked;
        return b;
    }

    public static final class Builder {
        private String workflowId;
        private Object connectorAuth;
        private Object hrflowAuth;
        private Object pullParameters;
        private Object pushParameters;
        private Object originParameters;
        private Object targetParameters;
        private List<Logic> logics;
        private Format format;
        private Callback callback;
        private boolean persist = true;
        private boolean incremental;
        private Integer batchSize;
        private Integer writeConcurrency;
        private Long limit;
        private Integer parkAfter;
        private boolean replayParked;

        public Builder workflowId(String id) {
            this.workflowId = id;
            return this;
        }

        public Builder connectorAuth(Object auth) {
            this.connectorAuth = auth;
            return this;
        }

        public Builder hrflowAuth(Object auth) {
            this.hrflowAuth = auth;
            return this;
        }

        public Builder pullParameters(Object parameters) {
            this.pullParameters = parameters;
            return this;
        }

        public Builder pushParameters(Object parameters) {
            this.pushParameters = parameters;
            return this;
        }

        public Builder originParameters(Object parameters) {
            this.originParameters = parameters;
            return this;
        }

        public Builder targetParameters(Object parameters) {
            this.targetParameters = parameters;
            return this;
        }

        public Builder logics(List<Logic> functions) {
            this.logics = functions;
            return this;
        }

        public Builder format(Format function) {
            this.format = function;
            return this;
        }

        public Builder callback(Callback function) {
            this.callback = function;
            return this;
        }

        /** False runs dry: items are read, filtered and formatted, not written; no state is saved. */
        public Builder persist(boolean value) {
            this.persist = value;
            return this;
        }

        public Builder incremental(boolean value) {
            this.incremental = value;
            return this;
        }

        public Builder batchSize(Integer size) {
            this.batchSize = size;
            return this;
        }

        public Builder writeConcurrency(Integer threads) {
            this.writeConcurrency = threads;
            return this;
        }

        /** Reads at most {@code items} items (null: all), e.g. to try a configuration on a few. */
        public Builder limit(Long items) {
            this.limit = items;
            return this;
        }

        /**
         * An item that fails in this many consecutive runs is parked: set aside in the state store, the
         * incremental position moves past it. Null for the default (3); 0 never parks.
         */
        public Builder parkAfter(Integer runs) {
            this.parkAfter = runs;
            return this;
        }

        /**
         * True sends the workflow's parked items through logics, format and write instead of reading the origin:
         * those done leave the parked list, the others stay with one more attempt. The position does not move.
         */
        public Builder replayParked(boolean value) {
            this.replayParked = value;
            return this;
        }

        public ActionRequest build() {
            return new ActionRequest(workflowId, connectorAuth, hrflowAuth, pullParameters, pushParameters,
                    originParameters, targetParameters, logics, format, callback, persist, incremental, batchSize,
                    writeConcurrency, limit, parkAfter, replayParked);
        }
    }
}
