SELECT path, reason, detail, count(*) AS n
FROM core.quarantine
GROUP BY path, reason, detail
HAVING count(*) > 1;
