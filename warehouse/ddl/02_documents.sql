-- Texts are content-addressed: exact copies (same normalized text) share one row.
-- Key: (doc_id), enforced by contracts/unique_key_documents.sql.
CREATE TABLE IF NOT EXISTS core.documents (
    doc_id     VARCHAR NOT NULL,
    text       VARCHAR NOT NULL,
    word_count INTEGER NOT NULL
);
