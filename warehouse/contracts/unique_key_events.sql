SELECT event_id, count(*) AS n
FROM core.events
GROUP BY event_id
HAVING count(*) > 1;
