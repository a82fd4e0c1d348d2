package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.params.Parameters;
import ai.hrflow.connectors.api.spi.RunContext;

/**
 * Builds the client of one reader or writer. The credentials are in the warehouse auth (v2) or among the
 * operation's own parameters (v1 declares them there); the base URL goes through the run's endpoint
 * overrides, which is how tests and the demo point a run at an emulator.
 */
final class HrFlowAccess {
    private HrFlowAccess() {
    }

    static HrFlowClient client(Parameters auth, Parameters parameters, RunContext context,
            HrFlowClientOptions options) {
        Parameters holder = auth != null && auth.declaration().parameter(HrFlowParameters.API_SECRET).isPresent()
                ? auth : parameters;
        String baseUrl = context.endpoints().resolve(options.baseUrl());
        return HrFlowClient.create(holder.string(HrFlowParameters.API_SECRET),
                holder.string(HrFlowParameters.API_USER), options.withBaseUrl(baseUrl));
    }

    /** A parameter's value when the operation declares it and it is set, else null. */
    static String optional(Parameters parameters, String name) {
        return parameters.declaration().parameter(name).isPresent() ? parameters.string(name) : null;
    }
}
