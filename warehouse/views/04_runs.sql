CREATE OR REPLACE VIEW main.runs AS
SELECT run_id, sources, n_files, n_articles, n_quarantined, n_duplicates, n_mentions, n_events, settings_json
FROM core.runs;

COMMENT ON VIEW main.runs IS 'One row per pipeline run; run_id fingerprints input and settings, so a re-run of the same input is the same row.';
COMMENT ON COLUMN main.runs.run_id IS 'Fingerprint of the run''s input and settings.';
COMMENT ON COLUMN main.runs.sources IS 'Source directories or files given to the run.';
COMMENT ON COLUMN main.runs.n_files IS 'Input files seen.';
COMMENT ON COLUMN main.runs.n_articles IS 'Articles ingested (bundle stories counted one by one).';
COMMENT ON COLUMN main.runs.n_quarantined IS 'Inputs quarantined (see main.quarantine).';
COMMENT ON COLUMN main.runs.n_duplicates IS 'Articles found to be copies of another article.';
COMMENT ON COLUMN main.runs.n_mentions IS 'Event mentions extracted.';
COMMENT ON COLUMN main.runs.n_events IS 'Events in the timeline after the run.';
COMMENT ON COLUMN main.runs.settings_json IS 'Settings the run used, as JSON.';
