-- Inputs that never became articles, grouped by reason.
SELECT reason, count(*) AS files, list(path ORDER BY path) AS paths
FROM quarantine
GROUP BY reason
ORDER BY files DESC, reason;
