-- The evidence for one event: every article that reports it, copies included.
SELECT em.source, a.title, a.published, em.sentence, em.date_text, em.date_basis,
       em.mention_date_start, em.copy_of
FROM event_mentions AS em
JOIN articles AS a ON a.article_id = em.article_id
WHERE em.event_id = $event_id
ORDER BY a.published NULLS LAST, em.source, em.mention_id;
