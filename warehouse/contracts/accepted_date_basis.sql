SELECT mention_id, date_basis
FROM core.mentions
WHERE date_basis NOT IN ('explicit', 'relative_to_publication', 'relative_to_narrative', 'publication_fallback');
