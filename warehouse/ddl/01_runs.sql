-- One row per pipeline run. run_id fingerprints input + settings (never the wall clock),
-- so re-running the same input rewrites the same row.
-- Key: (run_id), enforced by contracts/unique_key_runs.sql.
CREATE TABLE IF NOT EXISTS core.runs (
    run_id        VARCHAR NOT NULL,
    sources       VARCHAR[] NOT NULL,
    n_files       INTEGER NOT NULL,
    n_articles    INTEGER NOT NULL,
    n_quarantined INTEGER NOT NULL,
    n_duplicates  INTEGER NOT NULL,
    n_mentions    INTEGER NOT NULL,
    n_events      INTEGER NOT NULL,
    settings_json VARCHAR NOT NULL
);
