SELECT doc_id, count(*) AS n
FROM core.documents
GROUP BY doc_id
HAVING count(*) > 1;
