-- A passage lies inside both texts and holds at least one sentence.
SELECT p.article_a, p.article_b, p.passage_no
FROM core.overlap_passages AS p
JOIN core.articles AS a ON a.article_id = p.article_a
JOIN core.documents AS da ON da.doc_id = a.doc_id
JOIN core.articles AS b ON b.article_id = p.article_b
JOIN core.documents AS db ON db.doc_id = b.doc_id
WHERE p.sentences < 1
   OR p.a_start < 0 OR p.a_end <= p.a_start OR p.a_end > length(da.text)
   OR p.b_start < 0 OR p.b_end <= p.b_start OR p.b_end > length(db.text);
