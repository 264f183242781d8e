-- The wire story of a persisted signature, so a later run's rewrite joins yesterday's story.
-- Re-runnable; NULL in rows written before stories, which then mean their cluster.
ALTER TABLE core.dedup_signatures ADD COLUMN IF NOT EXISTS story_id VARCHAR;
