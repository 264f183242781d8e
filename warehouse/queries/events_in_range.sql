-- Events that lie within [$date_from, $date_to], best-attested first on each day.
SELECT event_id, date_start, date_end, granularity, event_type, action, actors, location,
       num_mentions, num_articles, num_sources, confidence
FROM timeline
WHERE date_start >= CAST($date_from AS DATE)
  AND date_end <= CAST($date_to AS DATE)
ORDER BY date_start, num_sources DESC, event_id;
