SELECT m.mention_id, m.article_id
FROM core.mentions AS m
ANTI JOIN core.articles AS a ON a.article_id = m.article_id;
