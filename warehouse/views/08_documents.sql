CREATE OR REPLACE VIEW main.documents AS
SELECT doc_id, text, word_count
FROM core.documents;

COMMENT ON VIEW main.documents IS 'Article texts, stored once per exact copy (join main.articles on doc_id).';
COMMENT ON COLUMN main.documents.doc_id IS 'Hash of the normalized text.';
COMMENT ON COLUMN main.documents.text IS 'Article text; event_mentions offsets index into it.';
COMMENT ON COLUMN main.documents.word_count IS 'Words in the text.';
