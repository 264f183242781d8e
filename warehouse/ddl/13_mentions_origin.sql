-- How each mention got its date: extracted (its own words), linked (the event it reports),
-- narrated (the trip or meeting its story tells), derived (a copy made by merging, such as an
-- arrival standing as evidence of its visit). Only extracted mentions, with the undated reports
-- in core.undated_mentions, are merge inputs on a later night: the rest are re-derived, so a
-- re-merge of unchanged inputs reproduces the same events. Re-runnable: a no-op on new files.
ALTER TABLE core.mentions ADD COLUMN IF NOT EXISTS origin VARCHAR DEFAULT 'extracted';
-- Rows written before the column existed: an undated report placed by merging is the only kind
-- of mention without date words (derived copies cannot be told apart; merging skips re-deriving
-- them). Idempotent.
UPDATE core.mentions SET origin = 'linked' WHERE origin = 'extracted' AND date_text = '';
