SELECT s.article_id
FROM core.dedup_signatures AS s
ANTI JOIN core.articles AS a ON a.article_id = s.article_id;
