"""Event extraction (dated mentions per article) and cross-article merging."""
from .extract import extract_mentions
from .merge import MergeResult, merge_mentions

__all__ = ["extract_mentions", "merge_mentions", "MergeResult"]
