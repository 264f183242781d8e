SELECT mention_id, origin
FROM core.mentions
WHERE origin IS NULL OR origin NOT IN ('extracted', 'linked', 'narrated', 'derived', 'lead');
