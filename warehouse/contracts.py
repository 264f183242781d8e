"""Data contracts: every ``warehouse/contracts/*.sql`` is a query returning the rows that break
one rule (unique keys, not-null, accepted values, referential integrity, date order,
granularity vs interval). A healthy warehouse returns no row for any of them."""
from __future__ import annotations

import duckdb

from warehouse.schema import CONTRACTS_DIR, sql_files


class ContractViolation(RuntimeError):
    """A load would publish a warehouse that breaks data contracts."""

    def __init__(self, violations: dict[str, int]) -> None:
        self.violations = dict(violations)
        listed = ", ".join(f"{name}: {n} row(s)" for name, n in sorted(violations.items()))
        super().__init__(
            f"warehouse contracts violated ({listed}); run the queries in warehouse/contracts/ "
            "on the batch to see the rows"
        )


def contract_queries() -> dict[str, str]:
    """Contract name (file stem) -> query returning the violating rows."""
    return {
        path.stem: path.read_text(encoding="utf-8").strip().rstrip(";")
        for path in sql_files(CONTRACTS_DIR)
    }


def run_contracts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Number of violating rows per contract (all zero for a healthy warehouse)."""
    counts: dict[str, int] = {}
    for name, query in contract_queries().items():
        row = con.execute(f"SELECT count(*) FROM ({query}\n)").fetchone()
        counts[name] = int(row[0]) if row else 0
    return counts
