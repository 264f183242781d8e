SELECT article_id, trigger_start, part, count(*) AS n
FROM core.undated_mentions
GROUP BY article_id, trigger_start, part
HAVING count(*) > 1;
