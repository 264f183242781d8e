SELECT 'events' AS relation, event_id AS id, status AS value
FROM core.events
WHERE status NOT IN ('occurred', 'scheduled')
UNION ALL
SELECT 'mentions', mention_id, status
FROM core.mentions
WHERE status NOT IN ('occurred', 'scheduled');
