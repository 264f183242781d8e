SELECT article_id, published_basis
FROM core.articles
WHERE published_basis NOT IN ('metadata', 'dateline', 'updated_line', 'url', 'copies', 'inferred', 'corroborated', 'bundle_context', 'story_context', 'unknown')
   OR (published IS NULL) <> (published_basis = 'unknown');
