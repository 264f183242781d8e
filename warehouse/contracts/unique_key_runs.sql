SELECT run_id, count(*) AS n
FROM core.runs
GROUP BY run_id
HAVING count(*) > 1;
