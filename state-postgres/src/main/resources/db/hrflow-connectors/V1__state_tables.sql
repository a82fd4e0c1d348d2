-- State of HrFlow connector workflows shared by workers on many machines.
-- Run by the store itself (Flyway, history table hrflow_connectors_schema_history) in the URL's schema.

-- The last result of each workflow, as the JSON the local store writes to <id>.json (json keeps it verbatim).
CREATE TABLE hrflow_run_results (
    workflow_id text PRIMARY KEY,
    status      text        NOT NULL,
    result      json        NOT NULL,
    saved_at    timestamptz NOT NULL DEFAULT now()
);

-- The incremental position of each workflow (the run result's token), written with the result in one
-- transaction; mid-run checkpoints update it too.
CREATE TABLE hrflow_positions (
    workflow_id text PRIMARY KEY,
    position    text,
    saved_at    timestamptz NOT NULL DEFAULT now()
);

-- Items set aside after failing run after run (kind 'parked') and the failure streaks of the last run
-- (kind 'streak'), one row per item; a workflow's rows are replaced together. Not cleared by a reset.
CREATE TABLE hrflow_parked_items (
    workflow_id text        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('parked', 'streak')),
    item_key    text        NOT NULL,
    item        json        NOT NULL,
    saved_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workflow_id, kind, item_key)
);

-- OAuth credentials that connectors rotate (refresh tokens). Secrets: only the role that owns these tables
-- (the one in HRFLOW_CONNECTORS_STATE_URL) may read them.
CREATE TABLE hrflow_credentials (
    credential_key text PRIMARY KEY,
    credentials    json        NOT NULL,
    saved_at       timestamptz NOT NULL DEFAULT now()
);

REVOKE ALL ON hrflow_run_results, hrflow_positions, hrflow_parked_items, hrflow_credentials FROM PUBLIC;
