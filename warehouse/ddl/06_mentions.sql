-- Sentence-level event reports, extracted from canonical articles only; copies borrow them
-- through the event_mentions view.
-- Key: (mention_id), enforced by contracts/unique_key_mentions.sql.
CREATE TABLE IF NOT EXISTS core.mentions (
    mention_id    VARCHAR NOT NULL,
    article_id    VARCHAR NOT NULL,
    source        VARCHAR NOT NULL,
    sentence      VARCHAR NOT NULL,
    char_start    INTEGER NOT NULL,
    char_end      INTEGER NOT NULL,
    date_text     VARCHAR NOT NULL,
    date_value    VARCHAR NOT NULL,
    date_start    DATE NOT NULL,
    date_end      DATE NOT NULL,
    granularity   VARCHAR NOT NULL,
    date_basis    VARCHAR NOT NULL,
    action        VARCHAR NOT NULL,
    event_type    VARCHAR NOT NULL,
    actors        VARCHAR[] NOT NULL,
    location      VARCHAR,
    status        VARCHAR NOT NULL,
    is_caption    BOOLEAN NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    -- what merging compares on a later night, so old mentions group exactly like new ones
    kind          VARCHAR NOT NULL DEFAULT '',
    actor_kinds   VARCHAR[] NOT NULL DEFAULT [],
    clause        VARCHAR NOT NULL DEFAULT '',
    origin        VARCHAR NOT NULL DEFAULT 'extracted'
);
