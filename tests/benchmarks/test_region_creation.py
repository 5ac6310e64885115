"""Benchmark: seconds per region, cloned from the template schema vs. built by migrations.

Run with `make bench`. Prints figures; asserts only that both paths produce a working region.
"""

import statistics
import time

from django.db import connection
from django.test import override_settings
from wagtail.models import Site

from tenants.provisioning import RegionSpec, create_region

ROUNDS = 3


def _create(prefix: str, index: int) -> float:
    spec = RegionSpec(
        name=f"Bench {prefix} {index}",
        slug=f"bench-{prefix}-{index}",
        domains=[f"bench-{prefix}-{index}.localhost"],
    )
    started = time.perf_counter()
    region = create_region(spec)
    elapsed = time.perf_counter() - started
    connection.set_tenant(region)
    assert Site.objects.get(is_default_site=True).hostname == spec.domains[0]
    connection.set_schema_to_public()
    return elapsed


def test_region_creation_clone_vs_migrate(db):
    clone = [_create("clone", i) for i in range(ROUNDS)]
    with override_settings(TENANT_CREATION_FAKES_MIGRATIONS=False, TENANT_BASE_SCHEMA=None):
        migrate = [_create("migrate", i) for i in range(ROUNDS)]
    clone_median, migrate_median = statistics.median(clone), statistics.median(migrate)
    print()
    print(f"Region creation (seconds per region, median of {ROUNDS})")
    print(f"  {'method':<28}{'median':>8}{'min':>8}{'max':>8}")
    for label, values in (("clone template schema", clone), ("run migrations", migrate)):
        median = statistics.median(values)
        print(f"  {label:<28}{median:>8.2f}{min(values):>8.2f}{max(values):>8.2f}")
    print(f"  clone / migrate = {clone_median / migrate_median:.2f} (target <= 0.33)")
