"""wiretime's temporal tagger: find temporal expressions and normalize them (TIMEX3-style).

``tag(text, anchor)`` returns ``models.records.Timex`` records in text order;
``infer_publication(text, title)`` estimates an article's publication date when metadata lacks it.
"""
from tasks.temporal.publication import date_in_url, infer_publication
from tasks.temporal.tagger import tag

__all__ = ["tag", "infer_publication", "date_in_url"]
