"""Ingest stage: article files (txt, md, html, json, jsonl, RSS/Atom) → ``RawArticle`` records.

``read_sources`` is the only function that touches the filesystem; ``parse_file`` is pure.
"""
from tasks.ingest.dates import parse_published
from tasks.ingest.parse import parse_file
from tasks.ingest.sources import IngestResult, read_sources

__all__ = ["IngestResult", "parse_file", "parse_published", "read_sources"]
