SELECT article_id, count(*) AS n
FROM core.dedup_signatures
GROUP BY article_id
HAVING count(*) > 1;
