"""Figures the search latency benchmark prints its own next to: issue 18's measurements and
the last documented 1M run before the issue's speed work (docs/search.md), and a reference
set measured in the same run to show how loaded the machine was (it is shared)."""

from __future__ import annotations

import os
import statistics
import time

from django.db import connection

TARGET_P95_MS = 50.0
# issue 18, "Speed": p95 at 1M documents over 50 regions (before the issue)
ISSUE_P95 = {
    "region: q + type filter + facets": 27.0,
    "region: q + facets, sort by date": 60.0,
    "region: near 25 km + sort distance": 98.0,
    "all regions: q + type + facets": 527.0,
    "all regions: q + facets": 804.0,
}
# the 1M run of 2026-12-02 with narrowing windows, bounded (median, p95), load 8-11
EARLIER = {
    "region: q + type filter + facets": (90.2, 134.0),
    "region: q + facets, sort by date": (143.8, 176.6),
    "region: near 25 km + sort distance": (324.7, 398.0),
    "all regions: q + type + facets": (330.3, 540.0),
    "all regions: q + facets": (340.4, 806.6),
    "all regions: q + facets, sort by date": (735.7, 1028.1),
    "all regions: near 25 km + sort distance": (231.7, 393.5),
    "all regions: broad q (Ausbildung) + facets": (486.3, 669.4),
    "all regions: typo → did you mean": (401.7, 441.1),
}


def reference_ms(rounds: int = 30) -> dict[str, float]:
    """Medians of work whose cost does not depend on the corpus: a database round trip and a
    fixed amount of Python and SQL CPU work. On a quiet machine they stay put; under other
    people's load they grow, and the search figures with them."""
    probes = {
        "round trip (SELECT 1)": "SELECT 1",
        "SQL CPU (sum over 200k rows)": "SELECT sum(g) FROM generate_series(1, 200000) g",
    }
    medians = {}
    with connection.cursor() as cur:
        for name, statement in probes.items():
            times = []
            for _ in range(rounds):
                started = time.perf_counter()
                cur.execute(statement)
                cur.fetchall()
                times.append((time.perf_counter() - started) * 1000)
            medians[name] = statistics.median(times)
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        sum(i * i for i in range(100_000))
        times.append((time.perf_counter() - started) * 1000)
    medians["Python CPU (100k squares)"] = statistics.median(times)
    return medians


def load_average() -> str:
    return "{:.1f} / {:.1f} / {:.1f}".format(*os.getloadavg())


def print_table(rows: list[tuple], rounds: int) -> None:
    """The latency rows with the issue's p95 and the earlier run's median / p95 beside them."""
    print("\n\nSearch latency, PostgreSQL backend (ms; median / p95 over", rounds, "queries)")
    print(
        f"{'docs':>9}  {'method':<9}  {'query':<44} {'median':>8} {'p95':>8} {'hits':>8}"
        f"  {'issue p95':>9}  {'earlier median/p95':>18}"
    )
    for size, method, name, median, p95, hits in rows:
        issue = earlier = ""
        if size == 1_000_000 and method == "bounded":
            issue = f"{ISSUE_P95[name]:.0f}" if name in ISSUE_P95 else "–"
            earlier = "{:.0f} / {:.0f}".format(*EARLIER[name]) if name in EARLIER else "–"
        print(
            f"{size:>9}  {method:<9}  {name:<44} {median:8.1f} {p95:8.1f} {hits:8.0f}"
            f"  {issue:>9}  {earlier:>18}"
        )
    print(f"target: p95 ≤ {TARGET_P95_MS:.0f} ms at 1M (issue 18). 'earlier': the 1M run of")
    print("2026-12-02 before this work (docs/search.md), load average 8-11.")


def print_reference(before: dict[str, float], after: dict[str, float], loads: list[str]) -> None:
    print("\nLoad on the machine during the run (shared): load average 1/5/15 min at start and")
    print("end:", " → ".join(loads))
    print("Reference work (median ms) at start and end, to compare runs on a busier or quieter")
    print("machine (docs/search.md records the figures of each documented run):")
    for name in before:
        print(f"  {name:<32} {before[name]:8.2f} {after[name]:8.2f}")
