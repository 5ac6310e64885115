"""The embedded PostgreSQL start-up survives stops, kills and concurrent commands.

Reproduces what broke `make demo`/`make test` before: the wheel's per-process PID file
(`.handle_pids.json`) left empty or corrupt by a killed or concurrent process, after which every
command crashed at start-up with a JSONDecodeError. Each test uses its own data folder and
server, stopped at the end.
"""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from einblick.embedded_db import LEGACY_HANDLE_FILE, Postmaster, ensure_server, stop_server

ROOT = Path(__file__).resolve().parents[1]
STARTER = (
    "import sys; from pathlib import Path; from einblick.embedded_db import ensure_server; "
    "ensure_server(Path(sys.argv[1]), 'einblick')"
)


def _env(data_root: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        PYTHONPATH=f"{ROOT}{os.pathsep}{ROOT / 'platform'}",
        EINBLICK_DATA_DIR=str(data_root),
        DJANGO_SETTINGS_MODULE="einblick.settings.dev",
    )
    return env


def _starter(data_root: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", STARTER, str(data_root / "postgres")],
        env=_env(data_root),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _manage_check(data_root: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "check"],
        env=_env(data_root),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _can_query(data_dir: Path) -> bool:
    settings = ensure_server(data_dir, "einblick")
    with psycopg.connect(
        dbname="einblick", user="postgres", host=settings["HOST"], port=settings["PORT"]
    ) as conn:
        return conn.execute("SELECT 1").fetchone() == (1,)


@pytest.fixture
def data_root(tmp_path):
    yield tmp_path
    stop_server(tmp_path / "postgres")


def test_start_repairs_a_corrupt_or_empty_legacy_handle_file(data_root):
    # Given a running server whose legacy PID file was left corrupt by an earlier stop
    data_dir = data_root / "postgres"
    ensure_server(data_dir, "einblick")
    for garbage in ("[4736, 12058, 12063]4683", "", "[1, 2"):
        (data_dir / LEGACY_HANDLE_FILE).write_text(garbage)

        # When a new command starts
        proc = _starter(data_root)
        _, err = proc.communicate(timeout=60)

        # Then it starts without crashing and leaves no corrupt file behind
        assert proc.returncode == 0, err.decode()
        assert not (data_dir / LEGACY_HANDLE_FILE).exists()
    assert _can_query(data_dir)


def test_random_kills_then_eight_parallel_commands_all_start(data_root):
    # Given ten starts on a fresh data folder, each killed with SIGTERM at a random moment
    # (during initdb, pg_ctl start or the database creation)
    rng = random.Random(20261201)
    for _ in range(10):
        proc = _starter(data_root)
        time.sleep(rng.uniform(0.05, 1.5))
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)

    # When eight commands start at the same time (tests/chaos/stop_demo.py does the same with
    # `make demo` and eight `manage.py check`; here the start-up alone, to keep the suite fast)
    procs = [_starter(data_root) for _ in range(8)]
    results = [p.communicate(timeout=180) for p in procs]

    # Then every one of them starts, one server serves them all, and Django starts on it
    failures = [
        err.decode()[-2000:]
        for p, (_, err) in zip(procs, results, strict=True)
        if p.returncode != 0
    ]
    assert failures == []
    check = _manage_check(data_root)
    out, err = check.communicate(timeout=180)
    assert check.returncode == 0, err.decode()
    assert b"System check identified no issues" in out
    data_dir = data_root / "postgres"
    assert not (data_dir.parent / "postgres.initdb").exists()
    assert Postmaster.read(data_dir).status == "ready"
    assert _can_query(data_dir)


def test_a_server_killed_hard_is_restarted(data_root):
    # Given a server that died without cleaning up (stale postmaster.pid)
    data_dir = data_root / "postgres"
    ensure_server(data_dir, "einblick")
    info = Postmaster.read(data_dir)
    os.kill(info.pid, signal.SIGKILL)
    deadline = time.monotonic() + 20
    while Postmaster.read(data_dir) and Postmaster.read(data_dir).is_alive():
        assert time.monotonic() < deadline
        time.sleep(0.1)

    # When the next command starts, then it brings up a new server
    proc = _starter(data_root)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode()
    assert Postmaster.read(data_dir).pid != info.pid
    assert _can_query(data_dir)
