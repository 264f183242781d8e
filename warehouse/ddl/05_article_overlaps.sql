-- Article pairs that share passages without being copies (rewrites reusing paragraphs).
-- Key: (article_a, article_b), enforced by contracts/unique_key_article_overlaps.sql.
CREATE TABLE IF NOT EXISTS core.article_overlaps (
    article_a        VARCHAR NOT NULL,
    article_b        VARCHAR NOT NULL,
    shared_sentences INTEGER NOT NULL,
    containment_a    DOUBLE NOT NULL,
    containment_b    DOUBLE NOT NULL
);
