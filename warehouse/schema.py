"""The warehouse's SQL files and how to apply them.

Every object lives in its own re-runnable ``.sql`` file; applying them in name order creates
or upgrades a warehouse. Schema changes to an existing table go in a new, later ``ddl`` file
(``ALTER TABLE ... ADD COLUMN IF NOT EXISTS``) because published warehouses are upgraded in
place, never rebuilt.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

SQL_ROOT = Path(__file__).resolve().parent
DDL_DIR = SQL_ROOT / "ddl"
VIEWS_DIR = SQL_ROOT / "views"
CONTRACTS_DIR = SQL_ROOT / "contracts"
QUERIES_DIR = SQL_ROOT / "queries"


def sql_files(directory: Path) -> list[Path]:
    """The ``.sql`` files of a directory in the order they must run."""
    return sorted(directory.glob("*.sql"), key=lambda p: p.name)


def apply_sql(con: duckdb.DuckDBPyConnection) -> None:
    """Create or upgrade the ``core`` tables, then (re)create the analyst views."""
    for path in [*sql_files(DDL_DIR), *sql_files(VIEWS_DIR)]:
        try:
            con.execute(path.read_text(encoding="utf-8"))
        except duckdb.Error as exc:
            raise RuntimeError(f"applying {path.relative_to(SQL_ROOT)} failed: {exc}") from exc
