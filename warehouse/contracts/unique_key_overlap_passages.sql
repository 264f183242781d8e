SELECT article_a, article_b, passage_no, count(*) AS n
FROM core.overlap_passages
GROUP BY article_a, article_b, passage_no
HAVING count(*) > 1;
