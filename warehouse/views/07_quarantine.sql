CREATE OR REPLACE VIEW main.quarantine AS
SELECT path, reason, detail, run_id
FROM core.quarantine;

COMMENT ON VIEW main.quarantine IS 'Inputs that could not become articles, with the reason.';
COMMENT ON COLUMN main.quarantine.path IS 'Input file path.';
COMMENT ON COLUMN main.quarantine.reason IS 'Machine-readable reason: binary, undecodable, empty, bad_json, too_large, ...';
COMMENT ON COLUMN main.quarantine.detail IS 'Human-readable detail.';
COMMENT ON COLUMN main.quarantine.run_id IS 'Run that last saw this input (main.runs.run_id).';
