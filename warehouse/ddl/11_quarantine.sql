-- Inputs that could not become articles, with the reason; nothing is lost silently.
-- Key: (path, reason, detail), enforced by contracts/unique_key_quarantine.sql.
CREATE TABLE IF NOT EXISTS core.quarantine (
    path   VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    detail VARCHAR NOT NULL,
    run_id VARCHAR NOT NULL
);
