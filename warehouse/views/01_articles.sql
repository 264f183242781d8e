CREATE OR REPLACE VIEW main.articles AS
SELECT
    a.article_id,
    a.source,
    a.title,
    a.published,
    a.published_basis,
    a.word_count,
    CASE WHEN a.canonical_id <> a.article_id THEN a.canonical_id END AS duplicate_of,
    a.cluster_id,
    a.url,
    a.outlet,
    a.dedup_method,
    a.similarity,
    a.path,
    a.fmt,
    a.doc_id,
    a.run_id,
    a.story_id
FROM core.articles AS a;

COMMENT ON VIEW main.articles IS 'One row per ingested article (file, bundle story name#n, JSONL line or URL), copies included.';
COMMENT ON COLUMN main.articles.article_id IS 'Stable hash of source; key of this view.';
COMMENT ON COLUMN main.articles.source IS 'Provenance: path relative to the source root, name#n for the n-th story of a bundle or line of a JSONL file, or the record URL. Unique.';
COMMENT ON COLUMN main.articles.title IS 'Headline (first non-empty line for text files, metadata otherwise); NULL when unknown.';
COMMENT ON COLUMN main.articles.published IS 'Publication date: the anchor for relative dates in the text. NULL when unknown.';
COMMENT ON COLUMN main.articles.published_basis IS 'Where published came from: metadata | dateline | updated_line | url (a date in the page address, /2023/02/09/) | copies (the earliest date its copies state about themselves, when it states none) | inferred | corroborated (dated by the well-dated events it reports) | bundle_context (year from a well-dated story of the same bundle, day bounded by its own dates) | story_context (the latest date of the well-dated articles that tell its story, by TF-IDF resemblance of the things and figures they name, within three days of the most alike one) | unknown.';
COMMENT ON COLUMN main.articles.word_count IS 'Words in the article text.';
COMMENT ON COLUMN main.articles.duplicate_of IS 'article_id of the canonical copy when this article is a copy of another one (exact, near or contained); NULL for canonical or unique articles.';
COMMENT ON COLUMN main.articles.cluster_id IS 'Deduplication cluster: all copies of one story share it. NULL when the article was never assigned.';
COMMENT ON COLUMN main.articles.story_id IS 'Wire story: shared by all copies of a story and by the rewrites and write-throughs of it (article_overlaps.relation = ''derived''); timeline.num_sources counts distinct story_ids. NULL when the article was never assigned.';
COMMENT ON COLUMN main.articles.url IS 'URL from metadata, if any.';
COMMENT ON COLUMN main.articles.outlet IS 'Publishing outlet from metadata, if any.';
COMMENT ON COLUMN main.articles.dedup_method IS 'How the article joined its cluster: canonical | exact | near | contained.';
COMMENT ON COLUMN main.articles.similarity IS 'Similarity to the canonical copy (1.0 for exact copies and the canonical itself).';
COMMENT ON COLUMN main.articles.path IS 'Input file path the article was read from.';
COMMENT ON COLUMN main.articles.fmt IS 'Input format: txt | md | html | json | jsonl.';
COMMENT ON COLUMN main.articles.doc_id IS 'Hash of the normalized text; exact copies share it (see main.documents).';
COMMENT ON COLUMN main.articles.run_id IS 'Run that last loaded this article (see main.runs).';
