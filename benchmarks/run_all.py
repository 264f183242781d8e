"""`make bench`: run every benchmark and write BENCHMARKS.md (machine, date, results, baselines).

Each benchmark module has ``main() -> str`` returning its markdown section and measures its own
baseline in the same run. Sections whose data (../shared) is absent say so instead of numbers.
"""
from __future__ import annotations

import importlib
import os
import platform
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCHMARKS = (
    "benchmarks.bench_timex", "benchmarks.dedup_bench", "benchmarks.bench_load", "benchmarks.bench_extract",
    "benchmarks.bench_timebank_events",
)


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    return (
        f"- machine: {os.cpu_count()} cores ({cpu}), {mem_gb:.0f} GiB RAM, {platform.system()} {platform.release()}\n"
        f"- python: {platform.python_version()}; commit: `{commit or 'uncommitted'}`\n"
        f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC"
    )


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv else sys.argv[1:]) or list(BENCHMARKS)
    sections = []
    for name in names:
        started = time.perf_counter()
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        section = importlib.import_module(name).main()
        print(f"bench: {name} done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        sections.append(section.strip())
    text = "# Benchmarks\n\nWritten by `make bench` (`python -m benchmarks.run_all`); do not edit by hand.\n\n"
    text += _machine() + "\n\n" + "\n\n".join(sections) + "\n"
    (REPO / "BENCHMARKS.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
