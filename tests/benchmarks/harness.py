"""Benchmark plumbing: a database of its own, gunicorn with production settings, a load client.

`load()` measures with wrk when it is on the PATH (as issue 17 did: `apt-get install wrk`),
else with a small concurrent Python client (one process per connection, raw sockets,
`Connection: close` as gunicorn's sync workers answer anyway), which costs far more CPU
per request than wrk. The client's cost is part of every figure alike, so figures are
compared side by side within one run, never across machines or clients.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
from contextlib import contextmanager
from pathlib import Path

import psycopg
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
BENCH_DB = "einblick_bench"


def _admin_dsn(settings: dict, database: str = "postgres") -> str:
    host = settings["HOST"]
    port = settings["PORT"] or "5432"
    user = settings["USER"]
    password = settings["PASSWORD"] or ""
    return f"host={host} port={port} user={user} password={password} dbname={database}"


def database_url(settings: dict, database: str) -> str:
    host = urllib.parse.quote(settings["HOST"], safe="")
    auth = settings["USER"] + (f":{settings['PASSWORD']}" if settings["PASSWORD"] else "")
    return f"postgres://{auth}@{host}:{settings['PORT'] or 5432}/{database}"


def recreate_database(template: str = "") -> str:
    """An empty benchmark database on the test server (or a copy of `template`, e.g. an
    already migrated one: BENCH_TEMPLATE_DB); returns its DATABASE_URL."""
    settings = connection.settings_dict
    with psycopg.connect(_admin_dsn(settings), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
        copy = f' TEMPLATE "{template}"' if template else ""
        admin.execute(f'CREATE DATABASE "{BENCH_DB}"{copy}')
    return database_url(settings, BENCH_DB)


def environment(db_url: str, cache_dir: Path, **extra) -> dict:
    """Production settings against the benchmark database; plain HTTP, no memcached."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="einblick.settings.production",
        DATABASE_URL=db_url,
        SECRET_KEY="bench-only-not-secret",
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        SECURE_HSTS_SECONDS="0",
        CACHE_URL=f"file://{cache_dir}",
        RATELIMIT_ENABLE="0",
        LOG_LEVEL="WARNING",
        PYTHONPATH=f"{ROOT}:{ROOT / 'platform'}",
    )
    env.update({k: str(v) for k, v in extra.items()})
    return env


def run(env: dict, *args: str) -> tuple[float, str]:
    """Run a command; return (seconds, stdout)."""
    started = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return time.perf_counter() - started, done.stdout


def manage(env: dict, *args: str) -> tuple[float, str]:
    return run(env, sys.executable, "manage.py", *args)


def task(env: dict, *args) -> tuple[float, str]:
    return run(env, sys.executable, "tests/benchmarks/tasks.py", *map(str, args))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Gunicorn:
    def __init__(self, process: subprocess.Popen, port: int):
        self.process, self.port = process, port

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def worker_rss_mb(self) -> list[float]:
        sizes = []
        for pid in self.worker_pids():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(int(line.split()[1]) / 1024)
        return sizes


@contextmanager
def gunicorn(env: dict, app: str = "einblick.wsgi:application", workers: int = 2):
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", app, "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--threads", "1", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                get(port, "localhost", "/")
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(process.stderr.read().decode()[-3000:]) from None
                time.sleep(0.2)
        yield Gunicorn(process, port)
    finally:
        process.terminate()
        process.wait(timeout=30)


def get(port: int, host: str, path: str, headers: str = "") -> tuple[int, bytes]:
    """One request; returns (status, raw response)."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(
            f"GET {path} HTTP/1.1\r\nHost: {host}\r\n{headers}Connection: close\r\n\r\n".encode()
        )
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    raw = b"".join(chunks)
    return int(raw.split(b" ", 2)[1]), raw


def _client(port, host, path, seconds, counter) -> None:
    request = f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode()
    done, deadline = 0, time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
            s.sendall(request)
            while s.recv(65536):
                pass
        done += 1
    with counter.get_lock():
        counter.value += done


def client() -> str:
    """The load client `load()` uses: "wrk" or "Python client"."""
    return "wrk" if shutil.which("wrk") else "Python client"


def _wrk(port: int, host: str, path: str, seconds: float, connections: int) -> float:
    done = subprocess.run(
        ["wrk", "-t", "1", "-c", str(connections), "-d", f"{seconds:g}s", "-H", f"Host: {host}",
         f"http://127.0.0.1:{port}{path}"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    if "Non-2xx or 3xx responses" in done.stdout:
        raise RuntimeError(f"wrk got error responses for {host}{path}:\n{done.stdout}")
    return float(re.search(r"Requests/sec:\s*([\d.]+)", done.stdout).group(1))


def load(port: int, host: str, path: str, seconds: float = 4.0, connections: int = 4) -> float:
    """Requests per second with `connections` concurrent connections for `seconds`."""
    if client() == "wrk":
        return _wrk(port, host, path, seconds, connections)
    counter = multiprocessing.Value("i", 0)
    clients = [
        multiprocessing.Process(target=_client, args=(port, host, path, seconds, counter))
        for _ in range(connections)
    ]
    started = time.perf_counter()
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    return counter.value / (time.perf_counter() - started)
