SELECT 'events' AS relation, event_id AS id, date_start, date_end
FROM core.events
WHERE date_start > date_end
UNION ALL
SELECT 'mentions', mention_id, date_start, date_end
FROM core.mentions
WHERE date_start > date_end;
