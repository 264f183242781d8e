-- Only canonical articles are parsed; copies get their rows through the event_mentions view.
SELECT m.mention_id, m.article_id
FROM core.mentions AS m
JOIN core.articles AS a ON a.article_id = m.article_id
WHERE a.canonical_id <> a.article_id;
