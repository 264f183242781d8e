SELECT mention_id, char_start, char_end
FROM core.mentions
WHERE char_start < 0 OR char_end < char_start;
