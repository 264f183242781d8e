SELECT event_id, confidence
FROM core.events
WHERE NOT (confidence BETWEEN 0 AND 1);
