-- Mentions are extracted from canonical articles only; every copy of a canonical article
-- repeats its mentions under the copy's own article_id/source so a story copied 20 times
-- shows 20 sources.
CREATE OR REPLACE VIEW main.event_mentions AS
WITH direct AS (
    SELECT
        l.event_id,
        m.article_id,
        m.source,
        m.sentence,
        m.char_start,
        m.char_end,
        m.date_text,
        m.date_basis,
        m.mention_id,
        m.date_start AS mention_date_start,
        m.date_end AS mention_date_end,
        m.date_value,
        m.action,
        m.event_type,
        m.status,
        m.is_caption,
        m.origin,
        CAST(NULL AS VARCHAR) AS copy_of,
        -- this report's date does not cover the date the event was given (the evidence lost)
        NOT (m.date_start <= e.date_start AND e.date_end <= m.date_end) AS date_conflict
    FROM core.event_mention_links AS l
    JOIN core.mentions AS m ON m.mention_id = l.mention_id
    JOIN core.events AS e ON e.event_id = l.event_id
)
SELECT * FROM direct
UNION ALL
SELECT
    d.event_id,
    c.article_id,
    c.source,
    d.sentence,
    d.char_start,
    d.char_end,
    d.date_text,
    d.date_basis,
    d.mention_id,
    d.mention_date_start,
    d.mention_date_end,
    d.date_value,
    d.action,
    d.event_type,
    d.status,
    d.is_caption,
    d.origin,
    d.article_id AS copy_of,
    d.date_conflict
FROM direct AS d
JOIN core.articles AS c ON c.canonical_id = d.article_id AND c.article_id <> c.canonical_id;

COMMENT ON VIEW main.event_mentions IS 'One row per report of an event in an article: direct mentions, plus one row per copy of the reporting article (copy_of set). Key: (mention_id, article_id).';
COMMENT ON COLUMN main.event_mentions.event_id IS 'The event this mention was merged into (main.timeline.event_id).';
COMMENT ON COLUMN main.event_mentions.article_id IS 'Article that reports the event (for copies: the copy itself).';
COMMENT ON COLUMN main.event_mentions.source IS 'Provenance of that article: file name, name#n for bundle stories, or URL.';
COMMENT ON COLUMN main.event_mentions.sentence IS 'The sentence that reports the event.';
COMMENT ON COLUMN main.event_mentions.char_start IS 'Start offset of the sentence in the article text (for copies: in the text of the copy_of article).';
COMMENT ON COLUMN main.event_mentions.char_end IS 'End offset (exclusive) of the sentence, same text as char_start.';
COMMENT ON COLUMN main.event_mentions.date_text IS 'The words that gave the date, e.g. ''on Wednesday'' or ''June 19''.';
COMMENT ON COLUMN main.event_mentions.date_basis IS 'How the date was resolved: explicit | relative_to_publication | relative_to_narrative | publication_fallback.';
COMMENT ON COLUMN main.event_mentions.mention_id IS 'Id of the extracted mention; repeated on the rows of copies.';
COMMENT ON COLUMN main.event_mentions.mention_date_start IS 'First day this mention dates the event to (may differ from the event date when sources conflict).';
COMMENT ON COLUMN main.event_mentions.mention_date_end IS 'Last day this mention dates the event to.';
COMMENT ON COLUMN main.event_mentions.date_value IS 'TIMEX3 value of the date used (2024-06-19, 2024-06, 2024 ...).';
COMMENT ON COLUMN main.event_mentions.action IS 'Trigger of this mention: verb lemma or nominal event (visit, treaty, talks).';
COMMENT ON COLUMN main.event_mentions.event_type IS 'Event type of this mention: a value of main.event_types.';
COMMENT ON COLUMN main.event_mentions.status IS 'occurred | scheduled, as this mention reports it.';
COMMENT ON COLUMN main.event_mentions.is_caption IS 'True when the mention comes from a photo caption.';
COMMENT ON COLUMN main.event_mentions.origin IS 'How the mention got its date: extracted (its own words), linked (an undated report of an event another report dates), narrated (an undated act dated by the trip or meeting its story tells, or to the run-up of a trip it is told ahead of), derived (an arrival counted as evidence of the visit it began), lead (an act the headline or first sentences report with no date and that no other report dates: the news of its report, dated to the publication day, date_basis publication_fallback).';
COMMENT ON COLUMN main.event_mentions.date_conflict IS 'True when this report dates the act otherwise than the event (main.timeline.date_start/date_end): the weaker evidence, kept visible in mention_date_start/mention_date_end.';
COMMENT ON COLUMN main.event_mentions.copy_of IS 'For rows contributed by a copy: the canonical article_id whose text holds the sentence; NULL for direct mentions.';
