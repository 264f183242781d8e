SELECT event_id
FROM main.timeline
WHERE event_id IS NULL OR date_start IS NULL OR date_end IS NULL OR granularity IS NULL
   OR event_type IS NULL OR action IS NULL OR summary IS NULL OR actors IS NULL
   OR num_mentions IS NULL OR num_articles IS NULL OR num_sources IS NULL OR confidence IS NULL;
