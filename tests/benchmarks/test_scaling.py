"""Benchmark: pages under gunicorn (production settings) and 400 regions on one database.

Run with `make bench`. Builds a database of its own (`einblick_bench` on the test server):
Jena with demo-sized content (60 employers, 240 offers), then, side by side in one run:
- requests/s of a bare WSGI app, and of the home, offer list, offer page, employer list and
  employer page, from the page cache and uncached (PAGE_CACHE_SECONDS=0), next to the
  figures issue 17 measured before this work;
- seconds per new region at 0, 50, 200 and 400 regions, in a fresh process and inside one
  long-running process; a no-op `migrate` over all of them; worker memory after serving
  the home pages of 50, 200 and 400 regions.
Prints figures; asserts only that the pages answer. Takes about ten minutes.
"""

import json
import os
import statistics
import subprocess
import sys

import pytest
from django.db import connection

from . import harness

ROUNDS_SECONDS = 4.0
CONNECTIONS = 4
MARKS = (0, 50, 200, 400)
HIT_ROUNDS = 2000  # tests/benchmarks/hit_cost.py
# Issue 17, measured before this work (wrk, 4 connections, 2 sync workers, demo data).
BEFORE = {"bare": 8588, "home": 33, "offers": 35, "offer": 50, "employers": 18, "portal": 78}


@pytest.fixture(scope="module")
def bench(django_db_blocker, tmp_path_factory):
    cache_dir = tmp_path_factory.mktemp("bench-cache")
    if os.environ.get("BENCH_KEEP_DB") == "1":  # the database of the last run, as it is
        url = harness.database_url(connection.settings_dict, harness.BENCH_DB)
        env = harness.environment(url, cache_dir)
        print("\n(BENCH_KEEP_DB=1: the benchmark database of the last run)")
    else:
        with django_db_blocker.unblock():
            url = harness.recreate_database()
        env = harness.environment(url, cache_dir)
        seconds, _ = harness.manage(env, "migrate", "--noinput", "-v", "0")
        harness.task(env, "content")
        print(f"\n(benchmark database built in {seconds:.0f} s + content)")
    _, out = harness.task(env, "paths")
    return {"env": env, "cache_dir": cache_dir, **json.loads(out)}


def _pages(bench) -> dict[str, tuple[str, str]]:
    return {
        "home": ("jena.localhost", "/"),
        "offers": ("jena.localhost", "/angebote/"),
        "offer": ("jena.localhost", bench["offer"]),
        "employers": ("jena.localhost", "/arbeitgeber/"),
        "employer": ("jena.localhost", bench["employer"]),
        "portal": ("localhost", "/"),
    }


def _throughput(env, pages, app="einblick.wsgi:application") -> dict[str, float]:
    figures = {}
    with harness.gunicorn(env, app) as server:
        for name, (host, path) in pages.items():
            status, _ = harness.get(server.port, host, path)
            assert status == 200, (name, status)
            harness.get(server.port, host, path)
            figures[name] = harness.load(server.port, host, path, ROUNDS_SECONDS, CONNECTIONS)
    return figures


def _loadavg() -> str:
    return " ".join(f"{load:.1f}" for load in os.getloadavg())


def test_requests_per_second_under_gunicorn(bench):
    pages = _pages(bench)
    client = harness.client()
    if client != "wrk":
        print("\n(wrk is not on the PATH: measuring with the Python client, which needs far more")
        print(" CPU per request than wrk; `apt-get install wrk` measures as issue 17 did)")
    load_before = _loadavg()
    bare = _throughput(
        bench["env"], {"bare": ("localhost", "/")}, "tests.benchmarks.bare_wsgi:application"
    )
    cached = _throughput(bench["env"], pages)
    uncached = _throughput({**bench["env"], "PAGE_CACHE_SECONDS": "0"}, pages)
    print()
    print(f"Requests/s, gunicorn 2 sync workers, production settings, {CONNECTIONS} connections")
    print(
        f"  ({client}; load average {load_before} before, {_loadavg()} after, {os.cpu_count()} CPUs)"
    )
    print(f"  {'page':<12}{'cached':>9}{'% bare':>8}{'uncached':>10}{'before':>8}{'× before':>10}")
    print(f"  {'bare WSGI':<12}{bare['bare']:>9.0f}{100:>7}%{'':>10}{BEFORE['bare']:>8}")
    for name in pages:
        before = BEFORE.get(name)
        ratio = f"{uncached[name] / before:>9.1f}×" if before else f"{'–':>10}"
        print(
            f"  {name:<12}{cached[name]:>9.0f}{100 * cached[name] / bare['bare']:>7.0f}%"
            f"{uncached[name]:>10.0f}{before or '–':>8}{ratio}"
        )
    print("  targets: cached >= 60 % of bare WSGI; uncached >= 3× before")
    _print_hit_costs(bench, pages)


def _print_hit_costs(bench, pages) -> None:
    """Python time per cache hit, the WSGI application called directly (hit_cost.py)."""
    args = [part for host_path in pages.values() for part in host_path]
    _, out = harness.run(bench["env"], sys.executable, "tests/benchmarks/hit_cost.py", *args)
    print(f"Python per cache hit, WSGI application called directly (best of 3 × {HIT_ROUNDS})")
    for name, line in zip(pages, out.splitlines(), strict=True):
        figure = json.loads(line)
        print(f"  {name:<12}{figure['microseconds']:>7.0f} µs  ({figure['cache']})")


class Creator:
    """One long-running process that creates regions on request (tasks.py create)."""

    def __init__(self, env):
        self.process = subprocess.Popen(
            [sys.executable, "tests/benchmarks/tasks.py", "create-on-request"],
            cwd=harness.ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def create(self, first, last) -> list[float]:
        self.process.stdin.write(f"{first} {last}\n")
        self.process.stdin.flush()
        return [json.loads(self.process.stdout.readline())["seconds"] for _ in range(first, last)]

    def stop(self):
        self.process.stdin.close()
        self.process.wait(timeout=60)


def _fresh(env, index) -> float:
    _, out = harness.task(env, "create", index, index + 1)
    return json.loads(out.splitlines()[-1])["seconds"]


def test_regions_creation_migrate_and_memory_at_400(bench):
    env = bench["env"]
    creator = Creator(env)
    fresh, long_running, made = {}, {}, 0
    try:
        for mark in MARKS:
            if mark > made:
                times = creator.create(made, mark)
                long_running[mark] = statistics.median(times[-5:])
                made = mark
            else:
                long_running[mark] = statistics.median(creator.create(made, made + 1))
                made += 1
            fresh[mark] = _fresh(env, 10_000 + mark)
            print(  # progress: the whole run takes long
                f"\n  {mark} regions: fresh process {fresh[mark]:.2f} s, "
                f"long-running {long_running[mark]:.2f} s",
                flush=True,
            )
    finally:
        creator.stop()
    migrate_seconds, _ = harness.manage(env, "migrate", "--noinput", "-v", "0")
    memory = {}
    with harness.gunicorn(env) as server:
        served = 0
        for mark in MARKS[1:]:
            for index in range(served, mark):
                status, _ = harness.get(server.port, f"r{index}.localhost", "/")
                assert status == 200, index
            served = mark
            memory[mark] = server.worker_rss_mb()
    print()
    print("Region creation (seconds per region; long-running: median of the last 5)")
    print(f"  {'regions':>8}{'fresh process':>15}{'long-running':>14}")
    for mark in MARKS:
        print(f"  {mark:>8}{fresh[mark]:>15.2f}{long_running[mark]:>14.2f}")
    base = fresh[0]
    worst = max(max(fresh.values()), max(long_running.values()))
    print(f"  worst / fresh at 0 = {worst / base:.2f} (target <= 1.20)")
    print(f"No-op migrate over {made + len(MARKS) + 1} regions: {migrate_seconds:.1f} s (< 60 s)")
    print("Worker memory (RSS, MB) after serving the home pages of N regions")
    for mark, sizes in memory.items():
        print(f"  {mark:>4} regions: " + ", ".join(f"{size:.0f}" for size in sizes))
