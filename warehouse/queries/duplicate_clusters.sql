-- Stories that reached us more than once, with every copy.
SELECT cluster_id,
       count(*) AS copies,
       any_value(article_id) FILTER (WHERE duplicate_of IS NULL) AS canonical_id,
       list(source ORDER BY source) AS sources
FROM articles
WHERE cluster_id IS NOT NULL
GROUP BY cluster_id
HAVING count(*) > 1
ORDER BY copies DESC, cluster_id;
