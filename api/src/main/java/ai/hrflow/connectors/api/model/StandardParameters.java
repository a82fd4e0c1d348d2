package ai.hrflow.connectors.api.model;

import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterSet;

/**
 * The parameters every action takes besides its warehouses' ones, declared once for validation and docs:
 * the v2 "Other Parameters" and the v1 "Action Parameters", with the reference's descriptions verbatim
 * (typos included: they are part of the documented surface).
 */
public final class StandardParameters {
    private StandardParameters() {
    }

    /** v2: {@code workflow_id, logics, format, callback, persist, incremental}. */
    public static final ParameterSet FLOW_OTHER = ParameterSet.of("OtherParameters",
            Parameter.string("workflow_id").required()
                    .description("A stable identifier used for persisting in incremental mode"),
            Parameter.list("logics").nullable().docRequired(true)
                    .description("A list of functions called in sequence with each item pulled from the origin. "
                            + "Each function might either return it's argument or None to discard the item. Any item "
                            + "discarded is eventually not pushed to the target"),
            Parameter.function("format").nullable()
                    .description("A formatting function to apply on items pulled before the push"),
            Parameter.function("callback").nullable()
                    .description("Registers a callback function to be called at the of a successful execution"),
            Parameter.bool("persist").defaultValue(true)
                    .description("When False has the effect of running in dry mode. Items are pulled but not pushed "
                            + "to the target"),
            Parameter.bool("incremental").defaultValue(false)
                    .description("Controls the incremental reading execution mode"));

    /** v1: {@code logics, format, read_mode} (the format's default is the action's own). */
    public static final ParameterSet LEGACY_ACTION = ParameterSet.of("ActionParameters",
            Parameter.list("logics").defaultNode(ai.hrflow.connectors.api.Json.array())
                    .docPythonType("typing.List[typing.Callable[[typing.Dict], typing.Optional[typing.Dict]]]")
                    .description("List of logic functions"),
            Parameter.function("format")
                    .docPythonType("typing.Callable[[typing.Dict], typing.Dict]")
                    .description("Formatting function"),
            Parameter.string("read_mode").allowedValues("sync", "incremental").defaultValue("sync")
                    .docDefault("ReadMode.sync")
                    .description("If 'incremental' then `read_from` of the last run is given to Origin Warehouse "
                            + "during read. **The actual behavior depends on implementation of read**. In 'sync' mode "
                            + "`read_from` is neither fetched nor given to Origin Warehouse during read."));

    /**
     * The largest {@code batch_size}: a run holds at most {@code batch_size × write_concurrency} items in
     * flight (plus one read page), so both are capped to keep memory bounded for every accepted value.
     */
    public static final int MAX_BATCH_SIZE = 1_000;
    /** The largest {@code write_concurrency} (see {@link #MAX_BATCH_SIZE}). */
    public static final int MAX_WRITE_CONCURRENCY = 64;

    /**
     * Our run options, accepted by both generations: {@code batch_size} and {@code write_concurrency} override
     * what the target declares; {@code park_after} sets when a poison item is parked.
     */
    public static final ParameterSet RUN_OPTIONS = ParameterSet.of("RunOptions",
            Parameter.integer("batch_size").between(1, StandardParameters.MAX_BATCH_SIZE)
                    .description("Items per write call, 1 to " + StandardParameters.MAX_BATCH_SIZE + "; default: what "
                            + "the target handles best (e.g. 100 for Zoho Recruit, 1 for HrFlow)"),
            Parameter.integer("write_concurrency").between(1, StandardParameters.MAX_WRITE_CONCURRENCY)
                    .description("Batches written at once, 1 to " + StandardParameters.MAX_WRITE_CONCURRENCY
                            + "; default: what the target declares"),
            Parameter.integer("park_after")
                    .description("An item that fails in this many consecutive runs is parked (kept in the state "
                            + "store, listed by `state failures`, sent again by `run --replay-parked`) and the "
                            + "incremental position moves past it; default 3, 0 never parks"));
}
