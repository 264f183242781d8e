-- Counts are derived from event_mentions here, never stored, so they cannot drift.
CREATE OR REPLACE VIEW main.timeline AS
WITH actor_lists AS (
    SELECT event_id, list(actor ORDER BY position) AS actors
    FROM core.event_actors
    GROUP BY event_id
),
counts AS (
    SELECT
        em.event_id,
        count(*) AS num_mentions,
        count(DISTINCT em.article_id) AS num_articles,
        count(DISTINCT coalesce(a.story_id, a.cluster_id, em.article_id)) AS num_sources
    FROM event_mentions AS em
    LEFT JOIN core.articles AS a ON a.article_id = em.article_id
    GROUP BY em.event_id
),
-- The earliest publication among an event's reports: the news moment the event belongs to.
first_report AS (
    SELECT em.event_id, min(a.published) AS first_published
    FROM event_mentions AS em
    JOIN core.articles AS a ON a.article_id = em.article_id
    GROUP BY em.event_id
)
SELECT
    e.event_id,
    e.date_start,
    e.date_end,
    e.granularity,
    e.event_type,
    e.action,
    e.summary,
    coalesce(al.actors, CAST([] AS VARCHAR[])) AS actors,
    e.location,
    coalesce(c.num_mentions, 0) AS num_mentions,
    coalesce(c.num_articles, 0) AS num_articles,
    coalesce(c.num_sources, 0) AS num_sources,
    e.confidence,
    e.status,
    e.date_conflict,
    CASE
        WHEN e.status = 'scheduled' THEN 'core'
        WHEN fr.first_published IS NULL THEN 'core'
        WHEN e.date_start >= fr.first_published - INTERVAL 31 DAY THEN 'core'
        ELSE 'background'
    END AS tier
FROM core.events AS e
LEFT JOIN actor_lists AS al ON al.event_id = e.event_id
LEFT JOIN counts AS c ON c.event_id = e.event_id
LEFT JOIN first_report AS fr ON fr.event_id = e.event_id
-- A stable reading order for tools that show the view as is: by date, the most widely reported
-- event of a day first.
ORDER BY e.date_start, e.date_end, num_sources DESC, e.event_id;

COMMENT ON VIEW main.timeline IS 'One row per real-world event, merged across all articles that report it.';
COMMENT ON COLUMN main.timeline.event_id IS 'Stable event key; join to main.event_mentions for the evidence.';
COMMENT ON COLUMN main.timeline.date_start IS 'First day of the interval the event is dated to.';
COMMENT ON COLUMN main.timeline.date_end IS 'Last day of that interval (= date_start for day granularity).';
COMMENT ON COLUMN main.timeline.granularity IS 'Precision of the date: day | month | year | range. A month or year is not padded to a fake day.';
COMMENT ON COLUMN main.timeline.event_type IS 'PLOVER 2.0 top-level category (AGREE, CONSULT, ..., ASSAULT, OTHER) or a news type PLOVER lacks (DISASTER, ACCIDENT, DEATH, ELECTION, ECONOMY, JUSTICE, SCIENCE); main.event_types lists them all.';
COMMENT ON COLUMN main.timeline.action IS 'What happened, as a verb lemma or nominal event (sign, visit, talks).';
COMMENT ON COLUMN main.timeline.summary IS 'One-line summary of the event.';
COMMENT ON COLUMN main.timeline.actors IS 'Canonical names of the actors (people, organizations, states, groups), main actors first; see main.entities for aliases.';
COMMENT ON COLUMN main.timeline.location IS 'Where it happened, when known.';
COMMENT ON COLUMN main.timeline.num_mentions IS 'Rows of main.event_mentions for this event (copies included).';
COMMENT ON COLUMN main.timeline.num_articles IS 'Distinct articles reporting the event, copies of a story counted one by one.';
COMMENT ON COLUMN main.timeline.num_sources IS 'Distinct wire stories reporting the event (articles.story_id): copies, rewrites and write-throughs of one wire story count once.';
COMMENT ON COLUMN main.timeline.confidence IS 'Confidence in the event and its date, 0..1; low for a single-source claim contradicted by others.';
COMMENT ON COLUMN main.timeline.status IS 'occurred | scheduled.';
COMMENT ON COLUMN main.timeline.date_conflict IS 'True when sources disagree on the date; each mention keeps its own date in main.event_mentions.';
COMMENT ON COLUMN main.timeline.tier IS 'Salience: core = news at the time of its first report (scheduled, or dated at most 31 days before the earliest publication that reports it); background = history mentioned in passing (WHERE tier = ''core'' gives a story''s main events).';
