-- One row per source (file, bundle story `name#n`, JSONL line or URL).
-- cluster_id / canonical_id come from deduplication; NULL when the article was never assigned.
-- Key: (article_id); source is unique too (contracts/unique_key_articles.sql, unique_articles_source.sql).
CREATE TABLE IF NOT EXISTS core.articles (
    article_id      VARCHAR NOT NULL,
    doc_id          VARCHAR NOT NULL,
    source          VARCHAR NOT NULL,
    path            VARCHAR NOT NULL,
    title           VARCHAR,
    url             VARCHAR,
    outlet          VARCHAR,
    published       DATE,
    published_basis VARCHAR NOT NULL,
    word_count      INTEGER NOT NULL,
    fmt             VARCHAR NOT NULL,
    cluster_id      VARCHAR,
    canonical_id    VARCHAR,
    dedup_method    VARCHAR,
    similarity      DOUBLE,
    run_id          VARCHAR NOT NULL
);
