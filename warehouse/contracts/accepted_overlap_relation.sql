SELECT article_a, article_b, relation
FROM core.article_overlaps
WHERE relation IS NULL OR relation NOT IN ('derived', 'shared_passages');
