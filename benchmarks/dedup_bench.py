"""Dedup benchmark: pairwise precision/recall/F1, time and peak memory on synthetic wire
traffic (benchmarks/synthetic_wire.py) at several sizes.

Each size runs in a fresh subprocess so ru_maxrss is that run's own peak. Generation time
is measured separately and not counted in the dedup time.

    python -m benchmarks.dedup_bench --sizes 1000 10000 100000
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def run_one(size: int) -> dict:
    from benchmarks.synthetic_wire import generate, pairwise_scores
    from tasks.dedup import deduplicate

    started = time.perf_counter()
    corpus = generate(size, seed=size, repo_root=REPO_ROOT)
    generation_s = time.perf_counter() - started
    rss_before_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    result = deduplicate(corpus.articles)
    dedup_s = time.perf_counter() - started
    predicted = {a.article_id: a.cluster_id for a in result.assignments}
    precision, recall, f1 = pairwise_scores(corpus.truth, predicted)
    return {
        "size": size,
        "stories": len(set(corpus.truth.values())),
        "clusters": len(set(predicted.values())),
        "words": sum(a.word_count for a in corpus.articles),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "generation_s": generation_s,
        "dedup_s": dedup_s,
        "rss_before_mb": rss_before_mb,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "overlaps": len(result.overlaps),
    }


def main(sizes: tuple[int, ...] = (1000, 10000, 100000)) -> str:
    """Run every size in its own process and return a markdown section."""
    rows = []
    for size in sizes:
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.dedup_bench", "--one", str(size)],
            cwd=REPO_ROOT, capture_output=True, text=True, check=True,
        )
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    lines = [
        "## Deduplication (issue #4)",
        "",
        "Synthetic wire copies (`benchmarks/synthetic_wire.py`): retitled copies with new bylines and",
        "furniture, truncations, paragraph swaps, light edits and typos, copies embedded in longer pages,",
        "and different stories about the same event (same names, place, date) that must stay apart.",
        "Pairwise scores against the generator's ground truth; one fresh process per size;",
        "peak RSS includes the generated articles held in memory (RSS before dedup shown too).",
        "",
        "| articles | words | stories | clusters | precision | recall | F1 | dedup s | articles/s | peak RSS MB | RSS before dedup MB | generation s |",
        "| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |",
    ]
    for r in rows:
        lines.append(
            f"| {r['size']:,} | {r['words']:,} | {r['stories']:,} | {r['clusters']:,} | {r['precision']:.4f} | "
            f"{r['recall']:.4f} | {r['f1']:.4f} | {r['dedup_s']:.2f} | {r['size'] / r['dedup_s']:,.0f} | "
            f"{r['peak_rss_mb']:,.0f} | {r['rss_before_mb']:,.0f} | {r['generation_s']:.1f} |"
        )
    lines.append("")
    lines.append(f"Command: `python -m benchmarks.dedup_bench --sizes {' '.join(map(str, sizes))}`")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
    else:
        print(main(tuple(args.sizes)))
