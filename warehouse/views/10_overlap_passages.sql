CREATE OR REPLACE VIEW main.overlap_passages AS
SELECT
    p.article_a,
    a.source AS source_a,
    p.article_b,
    b.source AS source_b,
    p.passage_no,
    p.a_start,
    p.a_end,
    p.b_start,
    p.b_end,
    p.sentences,
    substr(da.text, p.a_start + 1, p.a_end - p.a_start) AS passage_text,
    o.relation
FROM core.overlap_passages AS p
JOIN core.articles AS a ON a.article_id = p.article_a
JOIN core.documents AS da ON da.doc_id = a.doc_id
JOIN core.articles AS b ON b.article_id = p.article_b
LEFT JOIN core.article_overlaps AS o ON o.article_a = p.article_a AND o.article_b = p.article_b;

COMMENT ON VIEW main.overlap_passages IS 'Which passages of an article come from which other article: the runs of sentences each overlapping pair (main.article_overlaps) shares, with their character offsets in both texts.';
COMMENT ON COLUMN main.overlap_passages.article_a IS 'The article the passage is read in (main.articles.article_id).';
COMMENT ON COLUMN main.overlap_passages.source_a IS 'Its input file.';
COMMENT ON COLUMN main.overlap_passages.article_b IS 'The article that has the same passage.';
COMMENT ON COLUMN main.overlap_passages.source_b IS 'Its input file.';
COMMENT ON COLUMN main.overlap_passages.passage_no IS '1, 2, ... in article_a''s order.';
COMMENT ON COLUMN main.overlap_passages.a_start IS 'First character of the passage in article_a''s text (main.documents.text, 0-based).';
COMMENT ON COLUMN main.overlap_passages.a_end IS 'One past its last character in article_a''s text.';
COMMENT ON COLUMN main.overlap_passages.b_start IS 'First character of the same passage in article_b''s text (0-based).';
COMMENT ON COLUMN main.overlap_passages.b_end IS 'One past its last character in article_b''s text.';
COMMENT ON COLUMN main.overlap_passages.sentences IS 'Sentences in the run: consecutive in both texts, compared by their words (case, punctuation and house style folded).';
COMMENT ON COLUMN main.overlap_passages.passage_text IS 'The passage as article_a prints it.';
COMMENT ON COLUMN main.overlap_passages.relation IS 'The pair''s relation in main.article_overlaps (derived | shared_passages).';
