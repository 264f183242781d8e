-- Whether an undated report stands in its article's lead (headline and first sentences): one the
-- merge cannot date otherwise is the news of its report, dated to the publication day.
-- Re-runnable: a no-op on files that have the column; older rows are not leads.
ALTER TABLE core.undated_mentions ADD COLUMN IF NOT EXISTS lead BOOLEAN DEFAULT false;
