SELECT source, count(*) AS n
FROM main.articles
GROUP BY source
HAVING count(*) > 1;
