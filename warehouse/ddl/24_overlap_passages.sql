-- The runs of sentences two overlapping articles share (see core.article_overlaps): characters
-- [a_start, a_end) of article_a's text are [b_start, b_end) of article_b's, 0-based.
-- Key: (article_a, article_b, passage_no), enforced by contracts/unique_key_overlap_passages.sql.
CREATE TABLE IF NOT EXISTS core.overlap_passages (
    article_a  VARCHAR NOT NULL,
    article_b  VARCHAR NOT NULL,
    passage_no INTEGER NOT NULL,
    a_start    INTEGER NOT NULL,
    a_end      INTEGER NOT NULL,
    b_start    INTEGER NOT NULL,
    b_end      INTEGER NOT NULL,
    sentences  INTEGER NOT NULL
);
