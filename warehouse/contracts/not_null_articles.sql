SELECT article_id
FROM main.articles
WHERE article_id IS NULL OR source IS NULL OR published_basis IS NULL OR word_count IS NULL;
