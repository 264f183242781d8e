-- timeline must have one row per event.
SELECT event_id, count(*) AS n
FROM main.timeline
GROUP BY event_id
HAVING count(*) > 1;
