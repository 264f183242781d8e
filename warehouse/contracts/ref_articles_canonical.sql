-- A copy points at an article that exists, is in the same cluster and is its own canonical.
SELECT a.article_id, a.canonical_id
FROM core.articles AS a
LEFT JOIN core.articles AS c ON c.article_id = a.canonical_id
WHERE a.canonical_id IS NOT NULL
  AND (c.article_id IS NULL
       OR c.canonical_id IS DISTINCT FROM c.article_id
       OR c.cluster_id IS DISTINCT FROM a.cluster_id);
