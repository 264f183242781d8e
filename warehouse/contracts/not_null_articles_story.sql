-- Every article dedup assigned carries a wire story, and a copy carries its canonical's.
SELECT a.article_id
FROM core.articles AS a
LEFT JOIN core.articles AS c ON c.article_id = a.canonical_id
WHERE (a.cluster_id IS NOT NULL AND a.story_id IS NULL)
   OR (c.article_id IS NOT NULL AND c.story_id IS DISTINCT FROM a.story_id);
