-- event_type takes the vocabulary's values only (core.event_types, loaded from it every run).
SELECT 'timeline' AS relation, event_id AS id, event_type AS value
FROM main.timeline
WHERE event_type NOT IN (SELECT event_type FROM core.event_types)
UNION ALL
SELECT 'mentions', mention_id, event_type
FROM core.mentions
WHERE event_type NOT IN (SELECT event_type FROM core.event_types)
