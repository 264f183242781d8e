SELECT entity_id, count(*) AS n
FROM core.entities
GROUP BY entity_id
HAVING count(*) > 1;
