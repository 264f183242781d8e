SELECT 'timeline' AS relation, event_id AS id, granularity AS value
FROM main.timeline
WHERE granularity NOT IN ('day', 'month', 'year', 'range')
UNION ALL
SELECT 'mentions', mention_id, granularity
FROM core.mentions
WHERE granularity NOT IN ('day', 'month', 'year', 'range');
