"""The demo loader: deterministic, idempotent, covering every offer type and Berufsfeld."""

import datetime
import io
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django_tenants.utils import tenant_context
from wagtail.models import Page

from einblick.demo.content.plan import WEIMAR_ONLY_TITLE, event_day, parse_pay
from einblick.demo.management.commands.load_demo_content import load_region
from einblick.employers.models import Employer, EmployerMembership
from einblick.events.models import Event
from einblick.offers.models import Offer
from einblick.taxonomy.models import OccupationalField, OfferType

TODAY = datetime.date(2026, 11, 21)
SCALE = 0.1


def load_demo(region, **kwargs):
    kwargs.setdefault("pages", False)
    return load_region(region, index=False, **kwargs)


def _counts(region):
    with tenant_context(region):
        counts = (Employer.objects.count(), Offer.objects.count(), Event.objects.count())
    return counts


def test_every_offer_type_and_berufsfeld_is_public_in_each_region(
    taxonomies, jena_region, weimar_region
):
    all_types = set(OfferType.objects.active().values_list("slug", flat=True))
    all_fields = set(OccupationalField.objects.active().values_list("slug", flat=True))

    for region in (jena_region, weimar_region):
        load_demo(region, scale=SCALE, today=TODAY)
        with tenant_context(region):
            public = Offer.objects.public()
            types = set(public.values_list("offer_type__slug", flat=True))
            fields = set(public.values_list("occupational_fields__slug", flat=True))
            upcoming, past = Event.objects.upcoming().count(), Event.objects.count()

        assert types == all_types
        assert fields == all_fields
        assert upcoming >= 1 and past > upcoming


def test_second_run_reuses_everything(taxonomies, jena_region):
    first = load_demo(jena_region, scale=SCALE, today=TODAY)
    counts = _counts(jena_region)

    second = load_demo(jena_region, scale=SCALE, today=TODAY)

    assert _counts(jena_region) == counts
    assert first.models["Angebote"].created == counts[1]
    assert second.models["Angebote"].created == 0
    assert second.models["Angebote"].updated == 0
    assert second.models["Arbeitgeber"].created == 0
    assert second.models["Veranstaltungen"].created == 0


def test_changed_demo_object_is_restored_with_a_new_revision(taxonomies, jena_region):
    load_demo(jena_region, scale=SCALE, today=TODAY)
    with tenant_context(jena_region):
        offer = Offer.objects.get(title="Ausbildung Bäcker:in")
        old_revision = offer.live_revision_id
        Offer.objects.filter(pk=offer.pk).update(title="Ausbildung Bäcker (von Hand geändert)")

    report = load_demo(jena_region, scale=SCALE, today=TODAY)

    connection.set_tenant(jena_region)
    offer.refresh_from_db()
    assert report.models["Angebote"].updated == 1
    assert offer.title == "Ausbildung Bäcker:in"
    assert offer.live_revision_id not in (None, old_revision)
    assert offer.live_revision.content["title"] == "Ausbildung Bäcker:in"


def test_demo_objects_are_published_wagtail_objects_with_logos(taxonomies, jena_region):
    load_demo(jena_region, scale=SCALE, today=TODAY)
    connection.set_tenant(jena_region)

    employers = list(Employer.objects.select_related("logo", "live_revision"))

    assert employers and all(e.live and e.live_revision for e in employers)
    assert all(e.logo and e.logo.width == 240 for e in employers)
    assert all(1 <= e.contacts.count() <= 2 for e in employers)
    assert employers[0].live_revision.content["name"] == employers[0].name
    assert Offer.objects.filter(live=True, live_revision__isnull=True).count() == 0
    assert Offer.objects.filter(live=False).exists()  # a few drafts for the status filter


def test_same_seed_gives_the_same_titles(taxonomies, jena_region, weimar_region):
    load_demo(jena_region, scale=SCALE, today=TODAY)
    with tenant_context(jena_region):
        titles = list(Offer.objects.order_by("external_id").values_list("external_id", "title"))
        Offer.objects.all().delete()
        Event.objects.all().delete()
        Employer.objects.all().delete()

    load_demo(jena_region, scale=SCALE, today=TODAY)

    connection.set_tenant(jena_region)
    assert list(Offer.objects.order_by("external_id").values_list("external_id", "title")) == titles


def test_weimar_only_offer_stays_in_weimar(taxonomies, jena_region, weimar_region):
    load_demo(jena_region, scale=SCALE, today=TODAY)
    load_demo(weimar_region, scale=SCALE, today=TODAY)

    connection.set_tenant(weimar_region)
    in_weimar = list(Offer.objects.public().filter(title=WEIMAR_ONLY_TITLE))
    weimar_keys = set(Offer.objects.values_list("external_id", flat=True))
    connection.set_tenant(jena_region)
    in_jena = Offer.objects.filter(title=WEIMAR_ONLY_TITLE).count()
    jena_keys = set(Offer.objects.values_list("external_id", flat=True))

    assert len(in_weimar) == 1
    assert in_jena == 0
    assert all(k.startswith("demo:jena:") for k in jena_keys)
    assert all(k.startswith("demo:weimar:") for k in weimar_keys)


def test_must_show_titles_exist_in_both_regions(taxonomies, jena_region, weimar_region):
    for region in (jena_region, weimar_region):
        load_demo(region, scale=SCALE, today=TODAY)
        with tenant_context(region):
            titles = list(Offer.objects.public().values_list("title", flat=True))

        for word in ("Praktikum", "Bäcker", "Mechatroniker", "Elektro"):
            assert any(word in t for t in titles), word


def test_every_demo_offer_passes_the_admin_validation(taxonomies, weimar_region):
    load_demo(weimar_region, scale=SCALE, today=TODAY)
    connection.set_tenant(weimar_region)

    problems = {}
    for offer in Offer.objects.all():
        try:
            offer.full_clean(exclude=["slug"])
        except Exception as exc:  # collect every problem, not only the first
            problems[offer.title] = exc

    assert problems == {}


def test_command_loads_one_region_and_reports(taxonomies, jena_region):
    out = io.StringIO()

    call_command("load_demo_content", region=["jena"], scale=SCALE, stdout=out)

    assert "Jena: Arbeitgeber: 16 neu" in out.getvalue()
    assert _counts(jena_region)[0] == 16


def test_command_refuses_unknown_region(taxonomies):
    with pytest.raises(CommandError, match="Unbekannte Region"):
        call_command("load_demo_content", region=["atlantis"], scale=SCALE)


def test_pay_texts_become_structured_facts():
    assert parse_pay("14,50 € pro Stunde") == ("paid", Decimal("14.50"), "hour")
    assert parse_pay("1.250 € im 1. Ausbildungsjahr (nach Tarif)") == (
        "paid",
        Decimal("1250.00"),
        "month",
    )
    assert parse_pay("Aufwandsentschädigung 300 € pro Monat") == (
        "allowance",
        Decimal("300.00"),
        "month",
    )
    assert parse_pay("unbezahlt, Fahrtkosten werden erstattet") == ("unpaid", None, "")
    assert parse_pay("nach Tarif") == ("", None, "")


def test_event_days_are_upcoming_or_last_year():
    today = datetime.date(2026, 11, 21)

    upcoming = event_day(9, "Samstag", today, past=False)
    past = event_day(9, "Samstag", today, past=True)

    assert upcoming == datetime.date(2027, 9, 11)
    assert past == datetime.date(2026, 9, 12)


def test_demo_has_a_company_login_and_starter_pages(taxonomies, weimar_region):
    load_demo(weimar_region, scale=SCALE, today=TODAY, pages=True)
    connection.set_tenant(weimar_region)

    membership = EmployerMembership.objects.select_related("user", "employer").get(
        user__username="firma-weimar"
    )
    pages = Page.objects.live().filter(depth__gt=2).count()

    assert membership.employer.external_id.startswith("demo:weimar:employer:")
    assert membership.user.groups.filter(name="Unternehmen").exists()
    assert pages >= 5
