SELECT event_type, count(*) AS n
FROM core.event_types
GROUP BY event_type
HAVING count(*) > 1
