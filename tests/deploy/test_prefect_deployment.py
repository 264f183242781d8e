"""The deployment in prefect.yaml, exercised the way docs/deploy.md tells a user to run it.

A real ``prefect server`` and a real process worker run as subprocesses (each in its own process
group, logs in tmp_path); the CLI creates the pool, deploys, and triggers a run; the worker executes
the flow from the checkout; the warehouse it writes must hold the timeline. Every process started
here is stopped and checked gone, whatever the outcome.
"""
from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from datetime import timezone
from pathlib import Path

import duckdb
import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
# The CLI of the virtualenv running the tests (not a global one): its interpreter is the one the
# worker hands flow runs to, so the code under test is the code that runs. Not resolved: the venv's
# python is a symlink to the base interpreter, whose bin/ has no prefect.
PREFECT = Path(sys.executable).parent / "prefect"

DEPLOYMENT = "nightly-timeline/nightly"
POOL = "wiretime"
SERVER_READY_TIMEOUT_S = 90
RUN_TIMEOUT_S = 300
# SIGTERM makes the worker send itself SIGINT and wind down; measured here it can take well over
# 10 s (or not finish at all once the server is gone), so the group is killed after this grace.
STOP_GRACE_S = 10
LOG_TAIL_CHARS = 4000


class ManagedProcess:
    """A long-running CLI process in its own process group, logging to a file, stoppable for sure."""

    def __init__(self, name: str, args: list[str], env: dict[str, str], log_dir: Path) -> None:
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            args, cwd=REPO, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.pgid = self.proc.pid  # start_new_session makes the child its group's leader

    def log_tail(self) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return f"--- {self.name} log ({self.log_path}), last {LOG_TAIL_CHARS} chars ---\n{text[-LOG_TAIL_CHARS:]}"

    def stop(self) -> None:
        """SIGTERM the whole group, SIGKILL it after a grace period, and reap the leader."""
        _signal_group(self.pgid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=STOP_GRACE_S)
        except subprocess.TimeoutExpired:
            pass
        # Children (flow-run subprocesses) may outlive their leader; the group is killed either way.
        _signal_group(self.pgid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._log.close()

    def group_alive(self) -> bool:
        try:
            os.killpg(self.pgid, 0)
        except ProcessLookupError:
            return False
        return True


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        pass


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _child_env(prefect_home: Path, api_url: str) -> dict[str, str]:
    # Settings of the pytest process (conftest's PREFECT_HOME, a quiet log level) must not leak in.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_HOME=str(prefect_home),
        PREFECT_API_URL=api_url,
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_LOGGING_LEVEL="INFO",
        # The worker asks for new runs every 10 s by default; 1 s keeps the test short.
        PREFECT_WORKER_QUERY_SECONDS="1",
        # `{{ $PWD }}` in prefect.yaml is the deploying shell's directory; a subprocess inherits the
        # test runner's PWD rather than its cwd, so set it as a shell in the repo root would.
        PWD=str(REPO),
    )
    return env


class PrefectStack:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.port = _free_port()
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        self.env = _child_env(tmp_path / "prefect-home", self.api_url)
        self.processes: list[ManagedProcess] = []
        self.transcript: list[str] = []

    def start(self, name: str, *args: str) -> ManagedProcess:
        process = ManagedProcess(name, [str(PREFECT), *args], self.env, self.tmp_path)
        self.processes.append(process)
        return process

    def cli(self, *args: str, ok_if: str | None = None, timeout: float = 120) -> str:
        """Run one CLI command to completion; fail with its output unless it succeeded."""
        done = subprocess.run(
            [str(PREFECT), *args], cwd=REPO, env=self.env, capture_output=True, text=True, timeout=timeout
        )
        output = done.stdout + done.stderr
        self.transcript.append(f"$ prefect {' '.join(args)}  (exit {done.returncode})\n{output}")
        if done.returncode != 0 and not (ok_if and ok_if in output):
            pytest.fail(f"`prefect {' '.join(args)}` exited {done.returncode}:\n{output}\n{self.diagnostics()}")
        return output

    def wait_until_healthy(self, server: ManagedProcess) -> None:
        deadline = time.monotonic() + SERVER_READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if server.proc.poll() is not None:
                pytest.fail(f"prefect server exited with {server.proc.returncode}\n{self.diagnostics()}")
            try:
                if httpx.get(f"{self.api_url}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        pytest.fail(f"prefect server not healthy after {SERVER_READY_TIMEOUT_S} s\n{self.diagnostics()}")

    def diagnostics(self) -> str:
        return "\n".join([*self.transcript[-3:], *(p.log_tail() for p in self.processes)])

    def stop_all(self) -> list[str]:
        """Stop the worker before the server (it needs the API to wind down); return any survivors."""
        for process in reversed(self.processes):
            process.stop()
        deadline = time.monotonic() + 10
        survivors = [p.name for p in self.processes if p.group_alive()]
        while survivors and time.monotonic() < deadline:  # killed members need a moment to be reaped
            time.sleep(0.2)
            survivors = [p.name for p in self.processes if p.group_alive()]
        return survivors


@pytest.fixture
def prefect_stack(tmp_path: Path):
    stack = PrefectStack(tmp_path)
    try:
        yield stack
    finally:
        survivors = stack.stop_all()
        assert not survivors, f"process groups still alive after stopping: {survivors}"


def _api_settings(api_url: str):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    return temporary_settings(updates={PREFECT_API_URL: api_url})


def _cron_runs_scheduled(stack: PrefectStack, deployment_id: uuid.UUID, timeout_s: float = 60) -> list:
    """The server's scheduler turns the cron schedule into upcoming runs (it broke under SQLAlchemy 2.1)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId, FlowRunFilter
    from prefect.client.schemas.filters import FlowRunFilterState, FlowRunFilterStateType
    from prefect.client.schemas.objects import StateType

    deadline = time.monotonic() + timeout_s
    with _api_settings(stack.api_url), get_client(sync_client=True) as client:
        while True:
            runs = client.read_flow_runs(
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id])),
                flow_run_filter=FlowRunFilter(
                    state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.SCHEDULED]))
                ),
            )
            if runs or time.monotonic() > deadline:
                return runs
            time.sleep(1)


def _pause_schedules(stack: PrefectStack, deployment_id: uuid.UUID, scheduled_runs: list) -> None:
    # Should the test run shortly before 02:00 UTC, the worker would also pick up the real nightly run.
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    with _api_settings(stack.api_url), get_client(sync_client=True) as client:
        for schedule in client.read_deployment_schedules(deployment_id):
            client.update_deployment_schedule(deployment_id, schedule.id, active=False)
        for run in scheduled_runs:  # deactivating normally deletes them already
            try:
                client.delete_flow_run(run.id)
            except ObjectNotFound:
                pass


def _wait_for_final_state(stack: PrefectStack, flow_run_id: uuid.UUID):
    from prefect.client.orchestration import get_client

    deadline = time.monotonic() + RUN_TIMEOUT_S
    with _api_settings(stack.api_url), get_client(sync_client=True) as client:
        while True:
            flow_run = client.read_flow_run(flow_run_id)
            if flow_run.state is not None and flow_run.state.is_final():
                return flow_run
            if time.monotonic() > deadline:
                pytest.fail(
                    f"flow run {flow_run_id} still {flow_run.state_name} after {RUN_TIMEOUT_S} s\n"
                    f"{stack.diagnostics()}"
                )
            time.sleep(1)


@pytest.mark.slow
def test_nightly_deployment_runs_on_a_worker_and_fills_the_warehouse(prefect_stack: PrefectStack, tmp_path: Path):
    assert PREFECT.exists(), f"no prefect CLI next to {sys.executable}"
    stack = prefect_stack

    server = stack.start("server", "server", "start", "--host", "127.0.0.1", "--port", str(stack.port))
    stack.wait_until_healthy(server)

    stack.cli("work-pool", "create", POOL, "--type", "process", ok_if="already exists")
    stack.cli("--no-prompt", "deploy", "--all")

    inspected = stack.cli("deployment", "inspect", DEPLOYMENT)
    assert "'cron': '0 2 * * *'" in inspected and "'timezone': 'UTC'" in inspected, inspected

    from prefect.client.orchestration import get_client

    with _api_settings(stack.api_url), get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name(DEPLOYMENT)
    assert deployment.work_pool_name == POOL
    assert deployment.entrypoint == "flows/nightly.py:nightly_timeline"
    assert deployment.parameters == {"sources": ["examples"], "warehouse": "wiretime.duckdb"}
    assert deployment.pull_steps == [
        {"prefect.deployments.steps.set_working_directory": {"directory": str(REPO)}}
    ]
    [schedule] = deployment.schedules
    assert (schedule.schedule.cron, schedule.schedule.timezone, schedule.active) == ("0 2 * * *", "UTC", True)

    scheduled = _cron_runs_scheduled(stack, deployment.id)
    assert scheduled, f"the scheduler created no runs from the cron schedule\n{stack.diagnostics()}"
    for run in scheduled:
        start = run.expected_start_time.astimezone(timezone.utc)
        assert (start.hour, start.minute, start.second) == (2, 0, 0), run.expected_start_time
    _pause_schedules(stack, deployment.id, scheduled)

    worker = stack.start("worker", "worker", "start", "--pool", POOL, "--name", f"test-worker-{stack.port}")

    # `sources` keeps the deployment's relative default: it only resolves if the pull step moved the
    # run into the checkout. The warehouse goes to tmp_path so a user's own warehouse is never touched.
    warehouse = tmp_path / "nightly.duckdb"
    triggered = stack.cli("deployment", "run", DEPLOYMENT, "--param", f"warehouse={json.dumps(str(warehouse))}")
    match = re.search(r"UUID: ([0-9a-f-]{36})", triggered)
    assert match, triggered
    flow_run = _wait_for_final_state(stack, uuid.UUID(match.group(1)))

    assert flow_run.state.is_completed(), (
        f"flow run ended {flow_run.state_name}: {flow_run.state.message}\n{stack.diagnostics()}"
    )
    assert flow_run.parameters == {"sources": ["examples"], "warehouse": str(warehouse)}
    assert worker.proc.poll() is None, f"the worker exited early\n{worker.log_tail()}"

    # Read-only, as a BI reader opens it: the run must have released its write lock.
    with duckdb.connect(str(warehouse), read_only=True) as con:
        n_events = con.execute("SELECT count(*) FROM timeline").fetchone()[0]
        putin_events = con.execute(
            "SELECT count(*) FROM timeline WHERE list_contains(actors, 'Vladimir Putin')"
        ).fetchone()[0]
    assert n_events > 0
    assert putin_events > 0, "the examples report Putin's June 2024 trip; no timeline event names him"
