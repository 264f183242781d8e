"""Wire-copy deduplication (issue #4): boilerplate stripping, exact / near / contained copy
clusters with stable ids, and passage overlap between different stories.

Pure functions over ``models.records``; the Prefect task and the warehouse load live elsewhere.
"""
from tasks.dedup.boilerplate import CleanText, is_caption, is_furniture, strip_boilerplate
from tasks.dedup.core import DedupResult, deduplicate, story_body
from tasks.dedup.sentences import split_sentences

__all__ = [
    "CleanText",
    "DedupResult",
    "deduplicate",
    "is_caption",
    "is_furniture",
    "split_sentences",
    "story_body",
    "strip_boilerplate",
]
