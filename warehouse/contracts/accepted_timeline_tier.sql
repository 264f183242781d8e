SELECT event_id, tier
FROM main.timeline
WHERE tier IS NULL OR tier NOT IN ('core', 'background');
