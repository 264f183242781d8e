SELECT article_a, article_b, count(*) AS n
FROM core.article_overlaps
GROUP BY article_a, article_b
HAVING count(*) > 1;
