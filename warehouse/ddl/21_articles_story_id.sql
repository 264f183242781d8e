-- The wire story an article carries: shared by its copies and by rewrites and write-throughs of
-- the same wire story (article_overlaps.relation = 'derived'). Sources are counted by it.
-- Re-runnable: a no-op on files that have the column; older rows take their cluster's id.
ALTER TABLE core.articles ADD COLUMN IF NOT EXISTS story_id VARCHAR;
UPDATE core.articles SET story_id = cluster_id WHERE story_id IS NULL AND cluster_id IS NOT NULL;
