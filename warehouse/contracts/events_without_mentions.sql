-- An event no article reports is not evidence-backed.
SELECT e.event_id
FROM core.events AS e
ANTI JOIN main.event_mentions AS em ON em.event_id = e.event_id;
