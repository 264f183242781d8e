SELECT path, reason, count(*) AS n
FROM core.quarantine
GROUP BY path, reason
HAVING count(*) > 1;
