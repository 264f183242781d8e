-- Persisted so a later run can join yesterday's clusters without re-reading old texts.
-- Key: (article_id), enforced by contracts/unique_key_dedup_signatures.sql.
CREATE TABLE IF NOT EXISTS core.dedup_signatures (
    article_id      VARCHAR NOT NULL,
    cluster_id      VARCHAR NOT NULL,
    canonical_id    VARCHAR NOT NULL,
    minhash         UBIGINT[] NOT NULL,
    sentence_hashes UBIGINT[] NOT NULL,
    word_count      INTEGER NOT NULL,
    published       DATE
);
