"""Benchmark: PostgreSQL search latency at 10k, 100k and 1M offers over 50 regions.

Each shape runs twice in the same run: "bounded" (today's backend: queries across regions
rank, count and facet a bounded candidate set of SEARCH_CANDIDATES matches, issue 18) and
"unbounded" (the backend before issue 18: every match is ranked and counted), plus a naive
UNION-over-schemas query at 10k and 100k. The shipped search lexicon is loaded, so
"Ausbildung …" is read as an intent (offer-type filter) as on the portal. Prints figures;
asserts only that queries return results (run with `make bench`;
SEARCH_BENCH_SIZES=10000,100000 to shorten)."""

import os
import statistics
import time

from django.db import connection

from search.backends.postgres import PostgresBackend
from search.query import SearchQuery

from . import search_corpus as corpus
from .search_figures import load_average, print_reference, print_table, reference_ms

SIZES = [int(s) for s in os.environ.get("SEARCH_BENCH_SIZES", "10000,100000,1000000").split(",")]
BASELINE_MAX = 100_000
ROUNDS = int(os.environ.get("SEARCH_BENCH_ROUNDS", "40"))
ALL = [f"r{n:02d}" for n in range(1, 51)]  # the portal passes every active region
TERMS = ["Mechatroniker", "Bäcker", "Pflege", "Elektroniker", "Koch", "Tischler", "Gärtner",
         "Fachinformatiker"]  # fmt: skip


def shapes(i: int) -> dict[str, SearchQuery]:
    n = (i * 7) % 50
    region = f"r{n + 1:02d}"
    center = (50.3 + (n % 10) * 0.09, 10.0 + (n // 10) * 0.4)  # as in search_corpus.create_schema
    term = TERMS[i % len(TERMS)]
    return {
        # the target: a region portal's filtered full-text query with facets
        "region: q + type filter + facets": SearchQuery(
            q=f"Ausbildung {term}",
            regions=[region],
            kinds=["offer"],
            offer_types=["ausbildungsplatz"],
        ),
        "region: q + facets, sort by date": SearchQuery(q=term, regions=[region], sort="date"),
        "region: near 25 km + sort distance": SearchQuery(
            regions=[region], near=center, radius_km=25, sort="distance"
        ),
        "all regions: q + type + facets": SearchQuery(
            q=term, regions=ALL, offer_types=["pflichtpraktikum"]
        ),
        "all regions: q + facets": SearchQuery(q=f"Ausbildung {term}", regions=ALL),
        "all regions: q + facets, sort by date": SearchQuery(q=term, regions=ALL, sort="date"),
        "all regions: near 25 km + sort distance": SearchQuery(
            regions=ALL, near=center, radius_km=25, sort="distance"
        ),
        "all regions: broad q (Ausbildung) + facets": SearchQuery(q="Ausbildung", regions=ALL),
        "all regions: broad q, 2 words + facets": SearchQuery(q="Ausbildung Betrieb", regions=ALL),
        "all regions: typo → did you mean": SearchQuery(q="Mechatroniler", regions=ALL),
    }


def measure(run, rounds: int) -> tuple[float, float]:
    times = []
    for i in range(rounds + 3):
        started = time.perf_counter()
        run(i)
        elapsed = (time.perf_counter() - started) * 1000
        if i >= 3:  # warm-up rounds are not counted
            times.append(elapsed)
    times.sort()
    return statistics.median(times), times[max(0, int(round(0.95 * len(times))) - 1)]


def test_search_latency_postgres_vs_union(taxonomies, capsys):
    backends = {
        "bounded": PostgresBackend(table=corpus.TABLE, term_table=corpus.TERMS),
        "unbounded": PostgresBackend(table=corpus.TABLE, term_table=corpus.TERMS, candidates=None),
    }
    rows = []
    builds = []
    loads, reference = [load_average()], [reference_ms()]
    try:
        corpus.create_schema()
        for size in SIZES:
            build_s = corpus.build(size)
            builds.append((size, build_s))
            names = list(shapes(0))
            for name in names:
                for method, backend in backends.items():
                    hits = []

                    def run(i, name=name, hits=hits, backend=backend):
                        hits.append(backend.search(shapes(i)[name]).count)

                    median, p95 = measure(run, ROUNDS)
                    rows.append((size, method, name, median, p95, statistics.median(hits)))
                    assert sum(hits) > 0, name
            if size <= BASELINE_MAX:
                union_s = corpus.build_union_baseline(size)
                builds.append((f"{size} UNION schemas", union_s))
                for name, offer_type in (
                    ("all regions: q + type + facets", "pflichtpraktikum"),
                    ("all regions: q + facets", None),
                ):
                    hits = []

                    def run_union(i, offer_type=offer_type, hits=hits):
                        term = TERMS[i % len(TERMS)]
                        q = term if offer_type else f"Ausbildung {term}"
                        hits.append(corpus.union_query(q, offer_type)[0])

                    median, p95 = measure(run_union, ROUNDS)
                    rows.append((size, "UNION", name, median, p95, statistics.median(hits)))
                    assert sum(hits) > 0, name
        loads.append(load_average())
        reference.append(reference_ms())
    finally:
        corpus.drop_all()
    with capsys.disabled():
        print_table(rows, ROUNDS)
        print_reference(*reference, loads)
        print("hits of 'bounded' across regions are capped at the candidate set (2000): the")
        print("API then says count_exact: false and the page 'Über 2000'.")
        print("\nBuild times (generate + index + analyze):")
        for size, seconds in builds:
            print(f"  {size}: {seconds:.1f} s")
        with connection.cursor() as cur:
            cur.execute("SELECT version()")
            print("\n", cur.fetchone()[0], f"| {os.cpu_count()} CPU cores")
