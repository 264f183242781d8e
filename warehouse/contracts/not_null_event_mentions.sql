SELECT mention_id, article_id
FROM main.event_mentions
WHERE event_id IS NULL OR article_id IS NULL OR source IS NULL OR sentence IS NULL
   OR char_start IS NULL OR char_end IS NULL OR date_text IS NULL OR date_basis IS NULL;
