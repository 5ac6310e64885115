"""Alerts of the region's lists: every offer-list filter survives into the alert and is
applied by the digest; the event calendar ("neue Veranstaltungen") and the employer
directory ("neue Unternehmen") have their own alerts."""

import datetime as dt
import re
import time

import django_filters
from django.core import mail
from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.engagement import alerts
from einblick.engagement.antiabuse import form_token
from einblick.engagement.digests import send_digests
from einblick.engagement.models import SearchAlert
from einblick.offers.filters import OfferFilter
from tests import factories


def _form(**fields):
    data = {"email": "mia@example.org", "frequency": "daily", "website": ""}
    data["started"] = form_token("alert", now=time.time() - 20)
    return data | fields


def _publish(obj):
    obj.save_revision().publish()
    obj.refresh_from_db()
    return obj


def _alert(source, query, minutes=60):
    now = timezone.now()
    return SearchAlert.objects.create(
        email="mia@example.org", source=source, query=query, label="x", frequency="daily",
        confirmed_at=now - dt.timedelta(minutes=minutes),
        checked_until=now - dt.timedelta(minutes=minutes),
    )  # fmt: skip


def _titles(message) -> list[str]:
    return re.findall(r"^- (.+)$", message.body, re.M)


def test_every_offer_list_filter_is_kept_with_all_its_values():
    # given the offer list's filters (sort only orders, it does not filter)
    names = [name for name in OfferFilter.base_filters if name != "sort"]
    multi = (django_filters.ModelMultipleChoiceFilter, django_filters.MultipleChoiceFilter)
    # then an alert keeps each of them, every value of a multiple choice
    assert list(alerts.PARAMS) == names
    for name, spec in OfferFilter.base_filters.items():
        if isinstance(spec, multi):
            assert name in alerts.MULTI, name


def test_an_offer_list_alert_stores_every_filter_sent(jena, jena_client):
    factories.offer_type("ferienjob", "Ferienjob")
    factories.offer_type("praktikum", "Praktikum")
    factories.occupational_field("it", "IT")
    sent = {
        "typ": ["ferienjob", "praktikum"],
        "berufsfeld": ["it"],
        "arbeitssprache": ["en", "fr"],
        "zeitraum": ["jetzt"],
        "verguetung": ["bezahlt"],
        "von": ["2026-07-01"],
        "bis": ["2026-08-31"],
        "q": ["Lager"],
        "ort": ["Jena"],
        "umkreis": ["10"],
    }
    response = jena_client.post("/benachrichtigungen/", _form(source="offers", **sent))
    assert "Fast geschafft!" in response.content.decode()
    alert = SearchAlert.objects.get()
    assert (alert.source, alert.query) == ("offers", sent)
    assert "Sprache am Arbeitsplatz: Englisch, Französisch" in alert.label


def test_the_digest_applies_every_language_of_an_offer_alert(jena):
    # given an alert for offers in English or French (before, only the first was kept)
    _alert("offers", {"arbeitssprache": ["en", "fr"]})
    _publish(factories.offer("Praktikum auf Französisch", live=False, work_languages=["fr"]))
    _publish(factories.offer("Praktikum auf Deutsch", live=False))
    mail.outbox.clear()
    assert send_digests(timezone.now()) == (1, 1)
    assert _titles(mail.outbox[0]) == ["Praktikum auf Französisch"]


def test_event_calendar_alert_mails_new_upcoming_events_of_the_kind(jena, jena_client):
    # given the calendar filtered by kind, with its alert form
    page = jena_client.get("/veranstaltungen/", {"art": "ausbildungsmesse"})
    assert page.cookies == {}
    html = page.content.decode()
    form = html.split('id="benachrichtigung"')[1]
    assert "Benachrichtige mich bei neuen Veranstaltungen" in form
    assert '<input type="hidden" name="source" value="events">' in form
    assert '<input type="hidden" name="art" value="ausbildungsmesse">' in form
    response = jena_client.post(
        "/benachrichtigungen/", _form(source="events", art="ausbildungsmesse")
    )
    assert response.cookies == {}
    alert = SearchAlert.objects.get()
    assert (alert.source, alert.query, alert.label) == (
        "events",
        {"art": ["ausbildungsmesse"]},
        "Ausbildungsmesse",
    )
    SearchAlert.objects.update(confirmed_at=timezone.now(), checked_until=timezone.now())
    # when a new fair, a new workshop and a new fair that is already over are published
    soon = timezone.now() + dt.timedelta(days=5)
    _publish(factories.event("Messe im Volkshaus", start=soon, kind="ausbildungsmesse", live=False))
    _publish(factories.event("Löt-Workshop", start=soon, kind="workshop", live=False))
    past = timezone.now() - dt.timedelta(days=5)
    _publish(factories.event("Messe von gestern", start=past, kind="ausbildungsmesse", live=False))
    # then the digest lists the coming fair only, with HTML and text and unsubscribe headers
    mail.outbox.clear()
    assert send_digests(timezone.now()) == (1, 1)
    [digest] = mail.outbox
    assert digest.subject == "1 neue Veranstaltung: Ausbildungsmesse"
    assert _titles(digest) == ["Messe im Volkshaus"]
    assert (
        "http://jena.localhost" in digest.body
        and "/veranstaltungen/?art=ausbildungsmesse" in digest.body
    )
    assert "Messe im Volkshaus" in digest.alternatives[0][0]
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_employer_directory_alert_mails_new_companies_of_the_field(jena, jena_client):
    it = factories.occupational_field("it", "IT")
    handwerk = factories.occupational_field("handwerk", "Handwerk")
    page = jena_client.get("/arbeitgeber/", {"berufsfeld": "it"})
    assert page.cookies == {}
    html = page.content.decode()
    form = html.split('id="benachrichtigung"')[1]
    assert "Benachrichtige mich bei neuen Unternehmen" in form
    assert '<input type="hidden" name="berufsfeld" value="it">' in form
    jena_client.post("/benachrichtigungen/", _form(source="employers", berufsfeld="it"))
    alert = SearchAlert.objects.get()
    assert (alert.source, alert.query, alert.label) == ("employers", {"berufsfeld": ["it"]}, "IT")
    SearchAlert.objects.update(confirmed_at=timezone.now(), checked_until=timezone.now())
    _publish(factories.employer("Code & Kaffee GmbH", live=False, occupational_fields=[it]))
    _publish(factories.employer("Tischlerei Holz", live=False, occupational_fields=[handwerk]))
    mail.outbox.clear()
    assert send_digests(timezone.now()) == (1, 1)
    [digest] = mail.outbox
    assert digest.subject == "1 neues Unternehmen: IT"
    assert _titles(digest) == ["Code & Kaffee GmbH"]


def test_list_alerts_stay_in_their_region(jena, weimar_region):
    _alert("events", {})
    with tenant_context(weimar_region):
        _publish(factories.event("Messe in Weimar", live=False))
    mail.outbox.clear()
    assert send_digests(timezone.now()) == (1, 0)
    assert mail.outbox == []


def test_unknown_source_and_broken_list_filters_are_clear_errors(jena, jena_client):
    assert jena_client.post("/benachrichtigungen/", _form(source="kaputt")).status_code == 400
    broken = jena_client.post("/benachrichtigungen/", _form(source="employers", berufsfeld="x y"))
    assert "Der Filter passt nicht: Berufsfeld:" in broken.content.decode()
    assert SearchAlert.objects.count() == 0
