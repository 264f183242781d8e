SELECT o.article_a, o.article_b
FROM core.article_overlaps AS o
LEFT JOIN core.articles AS a ON a.article_id = o.article_a
LEFT JOIN core.articles AS b ON b.article_id = o.article_b
WHERE a.article_id IS NULL OR b.article_id IS NULL OR o.article_a = o.article_b;
