"""Work the gunicorn benchmark (tests/benchmarks/test_scaling.py) runs in processes of its own,
against the benchmark database named in the environment (production settings).

  python tests/benchmarks/tasks.py content             Jena with demo-sized content
  python tests/benchmarks/tasks.py create FROM TO      regions FROM..TO-1 in this one process;
                                                       prints one JSON line per region
  python tests/benchmarks/tasks.py create-on-request  the same for each "FROM TO" line on stdin
  python tests/benchmarks/tasks.py paths               the measured pages of Jena, as JSON
"""

import json
import os
import sys
import time


def _setup():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.path[:0] = [root, os.path.join(root, "platform")]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "einblick.settings.production")
    import django

    django.setup()


def content() -> None:
    from django.db import connection

    from einblick.pages.starter import build_starter_pages
    from einblick.taxonomy.loader import load_taxonomies
    from tenants.models import Region
    from tenants.provisioning import RegionSpec, create_region, ensure_public_region
    from tests.benchmarks.test_pages_bench import _generate

    ensure_public_region("localhost")
    load_taxonomies()
    jena = create_region(RegionSpec(name="Jena", slug="jena", domains=["jena.localhost"]))
    connection.set_tenant(Region.objects.get(pk=jena.pk))
    build_starter_pages(region_name="Jena")
    _generate()
    connection.set_schema_to_public()


def paths() -> None:
    from django.db import connection

    from einblick.offers.models import Offer
    from tenants.models import Region

    connection.set_tenant(Region.objects.get(slug="jena"))
    offer = Offer.objects.public().order_by("pk").first()
    print(json.dumps({"offer": offer.get_url(), "employer": offer.employer.get_url()}))


def create(first: int, last: int) -> None:
    from django.db import connection

    from tenants.provisioning import RegionSpec, create_region

    for index in range(first, last):
        spec = RegionSpec(
            name=f"Bench-Region {index}", slug=f"r{index}", domains=[f"r{index}.localhost"]
        )
        started = time.perf_counter()
        create_region(spec)
        connection.set_schema_to_public()
        print(json.dumps({"index": index, "seconds": time.perf_counter() - started}), flush=True)


def create_on_request() -> None:
    for line in sys.stdin:
        create(*map(int, line.split()))


if __name__ == "__main__":
    _setup()
    task, *args = sys.argv[1:]
    tasks = {"content": content, "paths": paths, "create": create}
    tasks["create-on-request"] = create_on_request
    tasks[task](*map(int, args))
