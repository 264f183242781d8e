-- Where the event that frames an undated act happened ("ahead of his visit to Vietnam"): it
-- picks the trip such an act precedes. Re-runnable: a no-op on files that have the column;
-- rows written before it have no frame place, as their parse never recorded one.
ALTER TABLE core.undated_mentions ADD COLUMN IF NOT EXISTS frame_place VARCHAR;
