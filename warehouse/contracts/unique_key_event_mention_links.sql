SELECT mention_id, count(*) AS n
FROM core.event_mention_links
GROUP BY mention_id
HAVING count(*) > 1;
