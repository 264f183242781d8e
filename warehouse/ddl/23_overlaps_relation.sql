-- What two articles sharing passages are to each other: 'derived' (one retells the other's wire
-- story: a rewrite or write-through, one source) or 'shared_passages' (reused background only).
-- Re-runnable; older rows were all shared passages.
ALTER TABLE core.article_overlaps ADD COLUMN IF NOT EXISTS relation VARCHAR DEFAULT 'shared_passages';
