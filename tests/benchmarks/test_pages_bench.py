"""Benchmark: server time and SQL queries of the region home, offer list and offer detail.

Run with `make bench`. Uses the demo loader (`load_demo_content`) when it gives Jena
at least 200 public offers, otherwise generates demo-sized data here (60 employers, 240 offers over every offer type
and Berufsfeld, 8 events). Prints figures; asserts only that the pages answer and that
the query count does not depend on how much data there is.
"""

import datetime
import itertools
import statistics
import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from einblick.employers.models import Employer
from einblick.events.models import Event
from einblick.offers.models import Offer
from einblick.pages.starter import build_starter_pages
from einblick.taxonomy.loader import load_taxonomies
from einblick.taxonomy.models import Benefit, OccupationalField, OfferType, TargetGroup

ROUNDS = 15
EMPLOYERS = 60
OFFERS = 240


def _generate():
    types = list(OfferType.objects.active())
    fields = list(OccupationalField.objects.active())
    groups = list(TargetGroup.objects.active())
    benefits = list(Benefit.objects.active())
    cycle_types, cycle_fields = itertools.cycle(types), itertools.cycle(fields)
    employers = []
    for i in range(EMPLOYERS):
        employer = Employer(
            name=f"Bench-Betrieb {i:03d}",
            live=True,
            city="Jena",
            postcode="07743",
            street=f"Musterweg {i}",
            pitch="Wir zeigen dir, wie unser Handwerk funktioniert.",
        )
        employer.save()
        employer.occupational_fields.set([next(cycle_fields)])
        employer.benefits.set(benefits[i % len(benefits) : i % len(benefits) + 2])
        employer.save()
        employers.append(employer)
    today = timezone.localdate()
    for i in range(OFFERS):
        offer = Offer(
            title=f"Praktikum Nr. {i} (m/w/d)",
            employer=employers[i % EMPLOYERS],
            offer_type=next(cycle_types),
            live=True,
            period_kind="dates",
            start_date=today,
            end_date=today + datetime.timedelta(days=30 + i),
            pay_kind="paid",
            pay_amount=12,
            pay_unit="hour",
            description="<p>Du lernst den Betrieb kennen.</p>",
            tasks="Mitarbeiten, fragen, ausprobieren.",
        )
        offer.save()
        offer.occupational_fields.set([next(cycle_fields), next(cycle_fields)])
        offer.target_groups.set(groups[:2])
        offer.save()
    for i in range(8):
        Event(
            title=f"Ausbildungsmesse {i}",
            start=timezone.now() + datetime.timedelta(days=7 * (i + 1)),
            live=True,
        ).save()


def _measure(client: Client, path: str) -> tuple[float, int, int]:
    connection.set_schema_to_public()
    assert client.get(path).status_code == 200  # warm caches
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as ctx:
        client.get(path)
    statements = [q["sql"] for q in ctx.captured_queries]
    real = [s for s in statements if not s.startswith("SET search_path")]
    return statistics.median(times), len(real), len(statements)


def _demo_content(region) -> str:
    """Jena's demo content from `load_demo_content` if installed, else generated here."""
    try:
        from einblick.demo.management.commands.load_demo_content import load_region
    except ImportError:
        load_region = None
    if load_region is not None:
        load_region(region, index=False)
        connection.set_tenant(region)
        if Offer.objects.public().count() >= 200:
            return "load_demo_content"
    build_starter_pages(region_name=region.name)
    _generate()
    return "generated"


def test_region_pages(jena):
    # given demo-sized data in Jena
    load_taxonomies()
    source = _demo_content(jena)
    offer = Offer.objects.public().order_by("pk").first()
    employer = offer.employer
    counts = (
        Employer.objects.public().count(),
        Offer.objects.public().count(),
        Event.objects.count(),
    )
    client = Client(HTTP_HOST="jena.localhost")
    pages = [
        ("Startseite /", "/"),
        ("Angebote /angebote/", "/angebote/"),
        (
            "Angebote gefiltert",
            "/angebote/?berufsfeld=" + OccupationalField.objects.active().first().slug,
        ),
        ("Angebot (Detail)", offer.get_url()),
        ("Arbeitgeber A–Z", "/arbeitgeber/"),
        ("Arbeitgeber (Profil)", employer.get_url()),
        ("Veranstaltungen", "/veranstaltungen/"),
    ]
    # when each page is requested ROUNDS times
    results = [(label, *_measure(client, path)) for label, path in pages]
    # then print the figures
    print()
    print(
        f"Region pages on {counts[0]} employers, {counts[1]} public offers, {counts[2]} events"
        f" ({source})"
    )
    print(f"(median of {ROUNDS} requests through the Django test client, in-process)")
    print(f"  {'page':<24}{'median ms':>10}{'queries':>9}{'incl. SET search_path':>23}")
    for label, median, real, total in results:
        print(f"  {label:<24}{median:>10.1f}{real:>9}{total:>23}")
