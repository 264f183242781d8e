"""Publishing a new warehouse version without disturbing readers.

DuckDB admits one read-write process *or* many read-only ones, and a reader cannot even open
a file a writer holds. So the writer never opens the published file: it copies it to a temp
file next to it, writes the copy, checkpoints it and atomically renames it over the original.
Readers that already had the old file open keep their snapshot (the old inode lives on until
they close it); new readers see the new version; a failure leaves the old version untouched.
"""
from __future__ import annotations

import fcntl
import glob
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

TEMP_MARKER = ".publishing-"


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@contextmanager
def writer_lock(path: Path) -> Iterator[None]:
    """Serialize writers of one warehouse (blocks until the previous writer is done)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path(path), "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextmanager
def publish(path: str | Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """Yield a read-write connection to a private copy of the warehouse at ``path``; when the
    block exits normally, checkpoint the copy and atomically make it the warehouse.

    On an exception nothing is published and the copy is deleted.
    """
    path = Path(path).resolve()
    with writer_lock(path):
        _remove_leftover_temps(path)
        temp = path.with_name(f".{path.name}{TEMP_MARKER}{os.getpid()}-{uuid.uuid4().hex}")
        try:
            if path.exists():
                shutil.copyfile(path, temp)
                # A writer that crashed (outside this module) can leave committed data only in the
                # WAL; copying it along lets DuckDB replay it into the new version.
                if wal_path(path).exists():
                    shutil.copyfile(wal_path(path), wal_path(temp))
            con = duckdb.connect(str(temp))
            try:
                yield con
                con.execute("CHECKPOINT")
            finally:
                con.close()
            if wal_path(temp).exists():
                raise RuntimeError(f"DuckDB left a WAL next to {temp} after a clean close")
            _fsync(temp)
            # A stale WAL next to the new file would be replayed against it and fail ("WAL does
            # not match database file"); its content is already inside the new version.
            wal_path(path).unlink(missing_ok=True)
            os.replace(temp, path)
            _fsync(path.parent)
        except BaseException:
            temp.unlink(missing_ok=True)
            wal_path(temp).unlink(missing_ok=True)
            raise


def _remove_leftover_temps(path: Path) -> None:
    """Drop copies left by a writer that was killed mid-publish (safe: we hold the lock)."""
    for leftover in path.parent.glob(glob.escape(f".{path.name}{TEMP_MARKER}") + "*"):
        leftover.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
