SELECT mention_id, count(*) AS n
FROM core.mentions
GROUP BY mention_id
HAVING count(*) > 1;
