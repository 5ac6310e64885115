"""Fill the demo regions with realistic, deterministic content (idempotent)."""

import datetime
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from tqdm import tqdm
from wagtail.models import Locale

from einblick.demo.content.catalog import build_catalog, taxonomy_pks
from einblick.demo.content.english_pages import load_english_pages
from einblick.demo.content.international import load_demo_international
from einblick.demo.content.international_offers import add_international
from einblick.demo.content.pages import load_demo_pages
from einblick.demo.content.plan import Planner
from einblick.demo.content.pools import PoolError, load_pools
from einblick.demo.content.writer import write_region
from einblick.employers.company_access import setup_region_groups
from einblick.employers.models import Employer, EmployerMembership
from einblick.events.models import Event
from einblick.insights.seeding import seed_counts
from einblick.international.starter import GUIDE_SLUG
from einblick.offers.models import Offer
from einblick.pages.models import HomePage
from einblick.taxonomy.models import OfferType
from tenants.models import Region

from .setup_demo import DEMO_PASSWORD

DEFAULT_REGIONS = ["jena", "weimar"]
DEFAULT_SEED = 2026
COMPANY_LOGIN = "firma-{slug}"


def load_region(
    region,
    *,
    seed=DEFAULT_SEED,
    scale=1.0,
    today=None,
    pools=None,
    catalog=None,
    index=True,
    pages=True,
):
    """Plan and write one region's demo content; returns the RegionReport.

    `index=False` skips the search re-indexing and `pages=False` the editorial starter
    pages (tests that need neither).
    """
    today = today or timezone.localdate()
    catalog = catalog or build_catalog()
    pks = taxonomy_pks()
    planner = Planner(
        catalog, pools or load_pools(), region.slug, seed=seed, scale=scale, today=today
    )
    plan = planner.plan()
    add_international(plan, region.slug, planner.city, seed)
    connection.set_tenant(region)
    try:
        with transaction.atomic():
            setup_region_groups()
            report = write_region(region.name, plan, pks, prefix=f"demo:{region.slug}:")
            if pages:
                _demo_pages(region, today)
            _demo_company_login(region, plan)
            seed_counts(seed, today)  # twelve months of indicators for the dashboard
            if index and report.changed:
                _reindex(region)
    finally:
        connection.set_schema_to_public()
    return report


def _reindex(region):
    """Bulk writes send no signals: rebuild the region's portal search and admin index."""
    from wagtail.search.backends import get_search_backends

    from search.rebuild import rebuild

    rebuild(region.slug)
    for backend in get_search_backends(with_auto_update=True):
        for model in (Employer, Offer, Event):
            backend.add_bulk(model, list(model.objects.all()))


def _demo_pages(region, today=None):
    """Editorial pages: the starter tree plus demo news, the international section and the
    English versions of home, "For companies" and the guide. Only missing pages are added."""
    load_demo_pages(region, today=today)
    home = HomePage.objects.get(locale=Locale.get_default())
    pages = load_demo_international(region, home)
    load_english_pages(region, home, pages.get(GUIDE_SLUG))


def _demo_company_login(region, plan):
    """Login `firma-<region>` for the first demo employer, to try the self-service."""
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    username = COMPANY_LOGIN.format(slug=region.slug)
    user = user_model.objects.filter(username=username).first()
    if user is None:
        user = user_model(username=username, email=f"{username}@einblick.localhost")
        user.set_password(DEMO_PASSWORD)
        user.is_staff = True
        user.save()
    employer = Employer.objects.get(external_id=plan.employers[0].key)
    EmployerMembership.objects.update_or_create(user=user, defaults={"employer": employer})


class Command(BaseCommand):
    help = (
        "Lädt Demo-Inhalte (Arbeitgeber, Angebote, Veranstaltungen) in die Regionen Jena und "
        "Weimar – deterministisch und mehrfach ausführbar ohne Dubletten."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--region",
            action="append",
            dest="regions",
            help="Kürzel einer Region (mehrfach möglich; Standard: jena und weimar)",
        )
        parser.add_argument(
            "--scale",
            type=float,
            default=1.0,
            help="Umfang: 1.0 = ≥ 60 Arbeitgeber und ≥ 200 Angebote je Region; 0.1 für Tests",
        )
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="Zufallsstartwert")
        parser.add_argument(
            "--today",
            type=datetime.date.fromisoformat,
            default=None,
            help="Stichtag JJJJ-MM-TT für relative Daten (Standard: heute)",
        )

    def handle(self, *args, regions=None, scale=1.0, seed=DEFAULT_SEED, today=None, **options):
        if scale <= 0 or scale > 20:
            raise CommandError("--scale muss zwischen 0 (ausschließlich) und 20 liegen.")
        connection.set_schema_to_public()
        slugs = regions or DEFAULT_REGIONS
        found = {r.slug: r for r in Region.objects.filter(slug__in=slugs)}
        missing = [s for s in slugs if s not in found]
        if missing and regions:
            raise CommandError(
                f"Unbekannte Region(en): {', '.join(missing)}. Vorhanden: "
                + ", ".join(
                    Region.objects.exclude(schema_name="public").values_list("slug", flat=True)
                )
            )
        if not found:
            raise CommandError(
                "Keine Demo-Regionen gefunden – bitte zuerst `manage.py setup_demo`."
            )
        if not OfferType.objects.active().exists():
            call_command("load_taxonomies", stdout=self.stdout)
        catalog = build_catalog()
        if not catalog.offer_types or not catalog.fields:
            raise CommandError(
                "Keine Angebotsarten/Berufsfelder – `manage.py load_taxonomies` prüfen."
            )
        try:
            pools = load_pools()
        except PoolError as exc:
            raise CommandError(str(exc)) from None
        without_data = [s for s in found if s not in pools.regions()]
        if without_data:
            raise CommandError(
                f"Für {', '.join(without_data)} gibt es keine Demo-Daten "
                f"(vorhanden: {', '.join(pools.regions())})."
            )
        started = time.perf_counter()
        for slug in tqdm(slugs, desc="Demo-Inhalte", unit="Region", disable=None):
            if slug not in found:
                continue
            report = load_region(
                found[slug], seed=seed, scale=scale, today=today, pools=pools, catalog=catalog
            )
            self.stdout.write(report.line())
        self.stdout.write(
            self.style.SUCCESS(f"Demo-Inhalte geladen in {time.perf_counter() - started:.1f} s.")
        )
