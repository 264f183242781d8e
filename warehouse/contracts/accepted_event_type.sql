-- PLOVER 2.0 top-level categories, plus OTHER for events outside them.
SELECT 'timeline' AS relation, event_id AS id, event_type AS value
FROM main.timeline
WHERE event_type NOT IN (
    'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'INVESTIGATE',
    'DEMAND', 'DISAPPROVE', 'REJECT', 'THREATEN', 'PROTEST', 'CRIME', 'SANCTION', 'MOBILIZE',
    'COERCE', 'ASSAULT', 'OTHER')
UNION ALL
SELECT 'mentions', mention_id, event_type
FROM core.mentions
WHERE event_type NOT IN (
    'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'INVESTIGATE',
    'DEMAND', 'DISAPPROVE', 'REJECT', 'THREATEN', 'PROTEST', 'CRIME', 'SANCTION', 'MOBILIZE',
    'COERCE', 'ASSAULT', 'OTHER');
