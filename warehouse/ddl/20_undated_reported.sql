-- Whether an undated act is told in what someone says ("captured the airport, residents said"):
-- a lead act told that way is still the news of its report.
-- Re-runnable: a no-op on files that have the column; older rows are not reported speech.
ALTER TABLE core.undated_mentions ADD COLUMN IF NOT EXISTS reported BOOLEAN DEFAULT false;
