"""Benchmark: `onboard_region transfer_kit/examples/gera.toml` end to end.

Region cloned from the template, brand, 11 starter pages, 3 editors and 500 employers
imported from a Windows-1252 CRM export. Target: under 5 s in total. Prints per-step figures
(`make bench`); asserts only that the portal works afterwards.
"""

import os
import time
from pathlib import Path

from django.db import connection
from django.test import Client

from einblick.employers.models import Employer
from search.query import SearchQuery, search
from tenants.models import Region
from transfer_kit.onboarding.run import onboard

EXAMPLE = Path(__file__).resolve().parents[2] / "transfer_kit" / "examples" / "gera.toml"


def test_onboard_gera_with_500_employers(db, django_capture_on_commit_callbacks):
    from einblick.taxonomy.loader import load_taxonomies

    load_taxonomies()
    lines = []
    started = time.perf_counter()
    with django_capture_on_commit_callbacks(execute=True):
        result = onboard(EXAMPLE, live=True, write=lines.append)
    after_commit = time.perf_counter() - started - result.total
    print()
    print("Onboarding Gera (transfer_kit/examples/gera.toml, 500 employers)")
    for label, seconds in result.timings:
        print(f"  {label:<36}{seconds:>7.2f} s")
    print(f"  {'(after commit: e-mails, admin search)':<36}{after_commit:>7.2f} s")
    print(f"  {'total':<36}{result.total + after_commit:>7.2f} s   (target < 5 s)")
    print(f"  load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    connection.set_tenant(Region.objects.get(slug="gera"))
    assert Employer.objects.public().count() == 500
    connection.set_schema_to_public()
    assert search(SearchQuery(q="Kita", regions=["gera"], with_facets=False)).count > 0
    assert Client(HTTP_HOST="gera.localhost").get("/fuer-schulen/").status_code == 200
