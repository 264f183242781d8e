-- Undated reports belong to canonical articles, like mentions.
SELECT u.article_id, u.trigger_start
FROM core.undated_mentions AS u
LEFT JOIN core.articles AS a ON a.article_id = u.article_id
WHERE a.article_id IS NULL OR a.canonical_id <> a.article_id;
