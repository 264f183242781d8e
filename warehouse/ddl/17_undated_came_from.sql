-- Where an undated trip started ("flew in from Pyongyang"): such a report is never linked to an
-- arrival at that place. Re-runnable: a no-op on files that have the column; older rows have none.
ALTER TABLE core.undated_mentions ADD COLUMN IF NOT EXISTS came_from VARCHAR;
