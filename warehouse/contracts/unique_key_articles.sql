SELECT article_id, count(*) AS n
FROM core.articles
GROUP BY article_id
HAVING count(*) > 1;
