"""Temporal tagger benchmark: TimeBank AQUAINT accuracy (through ../shared/eval/timex_score.py)
and the speed of ``tag()`` alone, with dateparser ``search_dates`` measured in the same run.

``main()`` returns a markdown section for BENCHMARKS.md.
"""
from __future__ import annotations

import importlib.util
import json
import platform
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
SCORER = SHARED / "eval" / "timex_score.py"
DATA = SHARED / "timebank"
PYTHON = REPO / ".venv" / "bin" / "python"
SPEED_REPS = 5
BASELINE_REPS = 3


def _scorer_module():
    spec = importlib.util.spec_from_file_location("timex_score_bench", SCORER)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["timex_score_bench"] = mod
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _score(system: str) -> tuple[dict, str]:
    """Run the scorer in a subprocess on one --python system; (overall metrics, command)."""
    python = str(PYTHON if PYTHON.exists() else Path(sys.executable))
    cmd = [python, str(SCORER), "--python", system, "--json", "-"]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"scorer failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    out = proc.stdout
    result = json.loads(out[out.index("\n{") + 1:])
    shown = " ".join(["cd", str(REPO.name), "&&", ".venv/bin/python",
                      "../shared/eval/timex_score.py", "--python", system, "--json", "-"])
    return result["overall"], shown


def _words_per_second(func, docs, reps: int) -> tuple[float, float]:
    words = sum(d.words for d in docs)
    func(docs[0])  # warm: imports, compiled patterns, caches
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        for d in docs:
            func(d)
        times.append(time.perf_counter() - t0)
    med = statistics.median(times)
    return words / med, med


def _row(name: str, m: dict, wps: float) -> str:
    pct = lambda x: f"{100 * x:.1f}"  # noqa: E731
    return (f"| {name} | {pct(m['strict_f1'])} | {pct(m['relaxed_f1'])} | {pct(m['value_f1'])} | "
            f"{pct(m['type_f1'])} | {m['system']} / {m['gold']} | {wps:,.0f} | "
            f"{1000 / wps:.4f} |")


def main() -> str:
    head = "## Temporal tagger (TimeBank AQUAINT)\n\n"
    if not SCORER.is_file() or not (DATA / "aquaint").is_dir():
        return head + (f"Skipped: `../shared` not found at {SHARED.resolve()} (the scorer "
                       "`eval/timex_score.py` and `timebank/aquaint` are needed).\n")
    sys.path.insert(0, str(REPO))
    from benchmarks.dateparser_baseline import score_tag as dp_tag  # noqa: PLC0415
    from tasks.temporal import tag  # noqa: PLC0415
    from tasks.temporal.adapter import parse_dct  # noqa: PLC0415

    scorer = _scorer_module()
    docs = scorer.load_corpus(DATA, "aquaint")
    anchors = {d.docid: parse_dct(d.dct) for d in docs}
    ours, ours_cmd = _score("tasks.temporal.adapter:score_tag")
    base, base_cmd = _score("benchmarks/dateparser_baseline.py:score_tag")
    ours_wps, _ = _words_per_second(lambda d: tag(d.text, anchors[d.docid]), docs, SPEED_REPS)
    base_wps, _ = _words_per_second(lambda d: dp_tag(d.text, d.dct), docs, BASELINE_REPS)
    words = sum(d.words for d in docs)
    lines = [
        head,
        f"{len(docs)} documents, {words:,} words, {sum(len(d.gold) for d in docs)} gold TIMEX3; "
        f"measured {date.today().isoformat()} on {platform.machine()} "
        f"(Python {platform.python_version()}). Accuracy from the TempEval-3 style scorer "
        "(F1 in %; value/type F1 = accuracy on relaxed matches x relaxed F1). Speed: `tag()` "
        f"alone, in-process, warm, median of {SPEED_REPS} passes over all texts "
        f"(dateparser: median of {BASELINE_REPS}).",
        "",
        "| system | strict F1 | relaxed F1 | value F1 | type F1 | sys / gold | words/s | s per 1k words |",
        "| --- | --: | --: | --: | --: | --: | --: | --: |",
        _row("wiretime `tasks.temporal.tag`", ours, ours_wps),
        _row("dateparser 1.5.0 `search_dates` (baseline)", base, base_wps),
        "",
        "Reference (../shared/README.md): HeidelTime 2.2.1 relaxed F1 92.5, value F1 72.9, "
        "~5 s per 1k words. Targets: value F1 >= 75, relaxed F1 >= 90, >= 20,000 words/s.",
        "",
        "Commands:",
        "",
        f"    {ours_cmd}",
        f"    {base_cmd}",
        "    .venv/bin/python -c 'from benchmarks.bench_timex import main; print(main())'",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(main())
