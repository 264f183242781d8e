-- Every link joins an existing mention to an existing event.
SELECT l.mention_id, l.event_id
FROM core.event_mention_links AS l
LEFT JOIN core.mentions AS m ON m.mention_id = l.mention_id
LEFT JOIN core.events AS e ON e.event_id = l.event_id
WHERE m.mention_id IS NULL OR e.event_id IS NULL;
