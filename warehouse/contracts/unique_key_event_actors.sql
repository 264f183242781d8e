SELECT event_id, position, count(*) AS n
FROM core.event_actors
GROUP BY event_id, position
HAVING count(*) > 1;
