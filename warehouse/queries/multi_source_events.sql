-- Events reported by at least $min_sources independent stories (copies of one story count once).
SELECT event_id, date_start, granularity, action, actors, num_sources, num_articles
FROM timeline
WHERE num_sources >= $min_sources
ORDER BY num_sources DESC, date_start, event_id;
