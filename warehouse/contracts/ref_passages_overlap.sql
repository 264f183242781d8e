-- Every passage belongs to an overlapping pair.
SELECT p.article_a, p.article_b, p.passage_no
FROM core.overlap_passages AS p
ANTI JOIN core.article_overlaps AS o ON o.article_a = p.article_a AND o.article_b = p.article_b;
