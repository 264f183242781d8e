-- Timeline of one actor: every event whose actors include $actor (case-insensitive substring).
SELECT date_start, date_end, granularity, event_type, action, summary, actors, num_sources
FROM timeline AS t
WHERE EXISTS (
    SELECT 1 FROM unnest(t.actors) AS u(actor)
    WHERE contains(lower(u.actor), lower($actor))
)
ORDER BY date_start, event_id;
