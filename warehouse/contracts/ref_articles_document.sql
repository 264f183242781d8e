SELECT a.article_id, a.doc_id
FROM core.articles AS a
ANTI JOIN core.documents AS d ON d.doc_id = a.doc_id;
