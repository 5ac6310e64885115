"""Benchmark: 1,000 anonymous page views with counting on and off, side by side.

Run with `make bench`. The two settings alternate in blocks of 50 requests over the same
pages (region home, employer directory, an offer detail), so drift of a shared machine hits
both alike. Prints the mean and median per request, the difference in per cent, and how
long the flush of the spooled views takes. No timing assertions (tests/benchmarks only).
"""

import statistics
import time

from django.test import override_settings

from einblick.insights.flush import flush
from einblick.insights.models import DailyCount
from tests import factories
from tests.conftest import host_client

VIEWS = 1000
BLOCK = 50
UA = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0"


def _block(client, paths, counting: bool) -> list[float]:
    times = []
    with override_settings(INSIGHTS_COUNTING=counting):
        for i in range(BLOCK):
            started = time.perf_counter()
            response = client.get(paths[i % len(paths)], HTTP_USER_AGENT=UA)
            times.append(time.perf_counter() - started)
            assert response.status_code == 200
    return times


def test_counting_adds_little_to_the_response_time(jena, settings, tmp_path):
    settings.INSIGHTS_SPOOL_DIR = tmp_path / "spool"
    offers = [factories.offer(f"Praktikum {i}") for i in range(5)]
    paths = ["/", "/arbeitgeber/", *[o.get_url() for o in offers]]
    client = host_client("jena.localhost")
    with override_settings(INSIGHTS_COUNTING=False):
        for path in paths:  # warm caches and templates
            client.get(path, HTTP_USER_AGENT=UA)
    on, off = [], []
    for _ in range(VIEWS // BLOCK):
        off += _block(client, paths, counting=False)
        on += _block(client, paths, counting=True)
    started = time.perf_counter()
    flushed = flush()
    flush_seconds = time.perf_counter() - started

    mean_on, mean_off = statistics.mean(on), statistics.mean(off)
    print(f"\n{VIEWS} page views each (blocks of {BLOCK}, alternating), Django test client:")
    print(f"{'':22}{'counting off':>14}{'counting on':>14}")
    print(f"{'mean per request':22}{mean_off * 1000:>11.2f} ms{mean_on * 1000:>11.2f} ms")
    print(
        f"{'median per request':22}{statistics.median(off) * 1000:>11.2f} ms"
        f"{statistics.median(on) * 1000:>11.2f} ms"
    )
    print(f"difference of the means: {100 * (mean_on - mean_off) / mean_off:+.2f} %")
    print(f"flush of {flushed.get('jena', 0)} spooled views: {flush_seconds * 1000:.0f} ms")
    assert flushed == {"jena": VIEWS}
    assert sum(DailyCount.objects.values_list("count", flat=True)) == VIEWS
