-- A mention appears at most once per article (direct or through a copy).
SELECT mention_id, article_id, count(*) AS n
FROM main.event_mentions
GROUP BY mention_id, article_id
HAVING count(*) > 1;
