-- The interval must be exactly what the granularity says: a day is one day, a month runs from
-- its first to its last day, a year from 1 January to 31 December, a range spans several days.
WITH dated AS (
    SELECT 'events' AS relation, event_id AS id, granularity, date_start, date_end FROM core.events
    UNION ALL
    SELECT 'mentions', mention_id, granularity, date_start, date_end FROM core.mentions
)
SELECT relation, id, granularity, date_start, date_end
FROM dated
WHERE CASE granularity
    WHEN 'day' THEN date_start <> date_end
    WHEN 'month' THEN date_start <> make_date(year(date_start), month(date_start), 1)
                   OR date_end <> last_day(date_start)
    WHEN 'year' THEN date_start <> make_date(year(date_start), 1, 1)
                  OR date_end <> make_date(year(date_start), 12, 31)
    WHEN 'range' THEN date_start >= date_end
    ELSE false
END;
