CREATE OR REPLACE VIEW main.article_overlaps AS
SELECT article_a, article_b, shared_sentences, containment_a, containment_b, relation
FROM core.article_overlaps;

COMMENT ON VIEW main.article_overlaps IS 'Article pairs sharing passages without being copies: rewrites and write-throughs of one wire story, and stories reusing background paragraphs.';
COMMENT ON COLUMN main.article_overlaps.article_a IS 'One article of the pair (main.articles.article_id).';
COMMENT ON COLUMN main.article_overlaps.article_b IS 'The other article of the pair.';
COMMENT ON COLUMN main.article_overlaps.shared_sentences IS 'Normalized sentences found in both.';
COMMENT ON COLUMN main.article_overlaps.containment_a IS 'Share of article_a''s sentences found in article_b (0..1).';
COMMENT ON COLUMN main.article_overlaps.containment_b IS 'Share of article_b''s sentences found in article_a (0..1).';
COMMENT ON COLUMN main.article_overlaps.relation IS 'derived: one retells the other''s wire story, published within three days of it: a rewrite or write-through keeping a quarter or more of the shorter text, or retelling the other''s lede in its upper half, or keeping sentences scattered through both texts; both share a story_id | shared_passages: reused background only. The passages themselves are in main.overlap_passages.';
