"""Publishing: readers in other processes, failures, crashed writers, writer serialization."""
from __future__ import annotations

import subprocess
import sys
import threading
import time

import duckdb
import pytest

from warehouse import loader
from warehouse.loader import load_batch
from warehouse.publish import lock_path, wal_path, writer_lock
from warehouse_batches import run_python

COUNT_TIMELINE = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
rows = con.execute("SELECT * FROM timeline ORDER BY date_start").fetchall()
print(len(rows))
"""

# Holds the warehouse open like a BI tool: reads, waits for a line on stdin, reads again.
LONG_READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
def snapshot():
    events = con.execute("SELECT count(*) FROM timeline").fetchone()[0]
    mentions = con.execute("SELECT count(*) FROM event_mentions").fetchone()[0]
    return f"{events} {mentions}"
print(snapshot(), flush=True)
sys.stdin.readline()
print(snapshot(), flush=True)
"""


def listing(directory):
    return sorted(p.name for p in directory.iterdir())


def test_second_process_reads_the_timeline_read_only(warehouse_path, first_batch):
    load_batch(warehouse_path, first_batch)
    result = run_python(COUNT_TIMELINE, str(warehouse_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "3"


def test_open_reader_keeps_its_snapshot_while_a_new_version_is_published(
    warehouse_path, first_batch, second_batch
):
    load_batch(warehouse_path, first_batch)
    reader = subprocess.Popen(
        [sys.executable, "-c", LONG_READER, str(warehouse_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout.readline().strip() == "3 8"
        load_batch(warehouse_path, second_batch)  # must not wait for, or break, the reader
        fresh = run_python(COUNT_TIMELINE, str(warehouse_path))
        assert fresh.stdout.strip() == "4", fresh.stderr
        out, err = reader.communicate("go\n", timeout=30)
        assert out.strip() == "3 8", err
        assert reader.returncode == 0, err
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()


def test_failure_mid_load_leaves_the_previous_warehouse_intact(
    warehouse_path, first_batch, second_batch, monkeypatch
):
    load_batch(warehouse_path, first_batch)
    before_bytes = warehouse_path.read_bytes()
    before_files = listing(warehouse_path.parent)
    real_run = loader._Recorder.run

    def failing_run(self, kind, table, sql):
        if table == "mentions":
            raise RuntimeError("disk on fire")
        return real_run(self, kind, table, sql)

    monkeypatch.setattr(loader._Recorder, "run", failing_run)
    with pytest.raises(RuntimeError, match="disk on fire"):
        load_batch(warehouse_path, second_batch)
    assert warehouse_path.read_bytes() == before_bytes
    assert listing(warehouse_path.parent) == before_files  # no temp file, no WAL left behind
    assert run_python(COUNT_TIMELINE, str(warehouse_path)).stdout.strip() == "3"

    monkeypatch.setattr(loader._Recorder, "run", real_run)
    load_batch(warehouse_path, second_batch)
    assert run_python(COUNT_TIMELINE, str(warehouse_path)).stdout.strip() == "4"


def test_failed_first_load_publishes_nothing(warehouse_path, first_batch, monkeypatch):
    monkeypatch.setattr(loader, "_load", lambda con, batch: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        load_batch(warehouse_path, first_batch)
    assert listing(warehouse_path.parent) == [lock_path(warehouse_path).name]


CRASHING_WRITER = """
import os, sys, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("INSERT INTO core.quarantine VALUES ('inbox/late.bin', 'empty', 'zero bytes', 'manual')")
os._exit(0)  # dies without a checkpoint: the insert lives only in the WAL
"""


def test_wal_left_by_a_crashed_writer_is_folded_into_the_next_version(
    warehouse_path, first_batch, second_batch
):
    load_batch(warehouse_path, first_batch)
    crashed = run_python(CRASHING_WRITER, str(warehouse_path))
    assert crashed.returncode == 0, crashed.stderr
    assert wal_path(warehouse_path).exists()

    load_batch(warehouse_path, second_batch)
    assert not wal_path(warehouse_path).exists()
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        paths = {row[0] for row in con.execute("SELECT path FROM quarantine").fetchall()}
    finally:
        con.close()
    assert paths == {"inbox/photo.bin", "inbox/late.bin"}


def test_writers_wait_for_each_other(warehouse_path, first_batch):
    done = threading.Event()

    def write():
        load_batch(warehouse_path, first_batch)
        done.set()

    with writer_lock(warehouse_path.resolve()):
        writer = threading.Thread(target=write)
        writer.start()
        time.sleep(0.5)
        assert not done.is_set()
        assert not warehouse_path.exists()
    writer.join(timeout=30)
    assert done.is_set()
    assert warehouse_path.exists()


def test_leftover_copy_of_a_killed_writer_is_removed(warehouse_path, first_batch):
    load_batch(warehouse_path, first_batch)
    leftover = warehouse_path.with_name(f".{warehouse_path.name}.publishing-999-dead")
    leftover.write_bytes(b"half a database")
    load_batch(warehouse_path, first_batch)
    assert not leftover.exists()


def test_views_resolve_when_the_file_is_attached_under_another_name(warehouse_path, first_batch):
    """BI tools often ATTACH the file instead of opening it as the main database."""
    load_batch(warehouse_path, first_batch)
    con = duckdb.connect()
    try:
        con.execute("ATTACH ? AS nightly (READ_ONLY)", [str(warehouse_path)])
        assert con.execute("SELECT count(*) FROM nightly.timeline").fetchone() == (3,)
        assert con.execute("SELECT count(*) FROM nightly.event_mentions").fetchone() == (8,)
    finally:
        con.close()
