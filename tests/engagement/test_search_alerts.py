"""Alerts on the search page: every filter survives into the alert and is applied by the
digest, on a region host (region schema) and on the cross-region portal (public schema)."""

import datetime as dt
import re
import time
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tenants.utils import schema_context, tenant_context

from einblick.engagement.antiabuse import form_token
from einblick.engagement.digests import send_digests
from einblick.engagement.models import SearchAlert
from einblick.engagement.portal_alerts.models import PortalAlert
from search.backends import postgres_backend
from search.documents import SearchDocument

JENA = (50.9271, 11.5892)
# Every filter of the search page, with the values a pupil chose (German names, ADR 0008).
FILTERS = {
    "q": ["Bäcker"],
    "kind": ["offer"],
    "typ": ["praktikum"],
    "berufsfeld": ["lebensmittel"],
    "beruf": ["baecker"],
    "zielgruppe": ["schueler"],
    "vorteil": ["essen"],
    "arbeitssprache": ["en"],
    "von": ["2026-07-01"],
    "bis": ["2026-07-31"],
    "ort": ["Jena"],
    "umkreis": ["10"],
}


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _form(**fields):
    data = {"email": "mia@example.org", "frequency": "daily", "website": ""}
    data["started"] = form_token("alert", now=time.time() - 20)
    return data | fields


def _doc(object_id, title, region="jena", minutes_ago=30, **changes) -> SearchDocument:
    """A Jena Bäcker:in internship matching FILTERS, unless `changes` says otherwise."""
    fields = dict(
        region=region, region_name=region.title(), kind="offer", object_id=object_id,
        title=title, url=f"/angebote/{object_id}/", subtitle="Bäckerei Sonnenschein",
        occupations_text="Bäcker:in · Lebensmittel · Praktikum", body="Brot und Brötchen.",
        place="Jena", offer_type="praktikum", fields=["lebensmittel"], occupations=["baecker"],
        target_groups=["schueler"], benefits=["essen"], latitude=JENA[0], longitude=JENA[1],
        languages=["de", "en"], period_start=dt.date(2026, 7, 6), period_end=dt.date(2026, 7, 10),
        published_at=timezone.now() - dt.timedelta(minutes=minutes_ago),
    )  # fmt: skip
    return SearchDocument(**(fields | changes))


def _index(*docs):
    postgres_backend().upsert(list(docs))


def _links(message) -> list[str]:
    return re.findall(r"http://[^\s]+/benachrichtigungen/[^\s]+/", message.body)


def _path(link: str) -> str:
    return "/" + link.split("/", 3)[3]


def test_region_search_alert_keeps_every_filter_of_the_search_page(jena, jena_client, settings):
    settings.SEARCH_BACKEND = "postgres"
    _index(_doc(1, "Praktikum Bäcker:in (m/w/d)", minutes_ago=60 * 24))
    # given a search on the Jena host with every filter (and the English alias of one)
    params = {name: values[0] for name, values in FILTERS.items()}
    html = jena_client.get("/suche/", params).content.decode()
    form = html.split('id="benachrichtigung"')[1]
    # then the alert form carries each of them as a hidden field, the source "search"
    assert '<input type="hidden" name="source" value="search">' in form
    for name, values in FILTERS.items():
        assert f'<input type="hidden" name="{name}" value="{values[0]}">' in form, name
    # when the pupil subscribes with that form
    hidden = dict(re.findall(r'<input type="hidden" name="([a-z]+)" value="([^"]*)">', form))
    response = jena_client.post("/benachrichtigungen/", _form(**hidden))
    assert "Fast geschafft!" in response.content.decode()
    # then the stored alert holds every filter, beruf (occupation) included
    alert = SearchAlert.objects.get()
    assert (alert.source, alert.query) == ("search", FILTERS)
    assert "„Bäcker“" in alert.label and "Jena (10 km)" in alert.label


def test_search_alert_from_comma_lists_and_english_names(jena, jena_client):
    jena_client.post(
        "/benachrichtigungen/",
        _form(source="search", occupation="baecker,konditor", type="praktikum", region="weimar"),
    )
    alert = SearchAlert.objects.get()
    # a region host's alert never names another region: it always searches its own
    assert alert.query == {"typ": ["praktikum"], "beruf": ["baecker", "konditor"]}


def test_digest_applies_every_filter_of_a_region_search_alert(jena, settings):
    settings.SEARCH_BACKEND = "postgres"
    now = timezone.now()
    SearchAlert.objects.create(
        email="mia@example.org", source="search", query=FILTERS, label="Bäcker",
        frequency="daily", confirmed_at=now - dt.timedelta(hours=2), checked_until=now - dt.timedelta(hours=1),
    )  # fmt: skip
    # given one new document matching every filter and one missing each filter
    _index(
        _doc(1, "Praktikum Bäcker:in – passt"),
        _doc(2, "Konditor:in", occupations=["konditor"]),
        _doc(3, "Ferienjob Bäcker:in", offer_type="ferienjob"),
        _doc(4, "Bäcker:in Feld", fields=["handwerk"]),
        _doc(5, "Bäcker:in Zielgruppe", target_groups=["eltern"]),
        _doc(6, "Bäcker:in Vorteil", benefits=[]),
        _doc(14, "Bäcker:in nur auf Deutsch", languages=["de"]),
        _doc(7, "Bäcker:in August", period_start=dt.date(2026, 8, 3), period_end=dt.date(2026, 8, 7)),
        _doc(8, "Bäcker:in weit weg", latitude=51.5, longitude=12.5),
        _doc(9, "Metzger:in", occupations_text="Metzger", body="Wurst", subtitle="Metzgerei"),
        _doc(10, "Bäckerei (Arbeitgeber)", kind="employer"),
        _doc(11, "Bäcker:in in Weimar", region="weimar"),
        _doc(12, "Bäcker:in vor dem Abo", minutes_ago=90),
        _doc(13, "Bäcker:in gerade erst", minutes_ago=2),
    )  # fmt: skip
    # when the digest runs
    mail.outbox.clear()
    assert send_digests(now) == (1, 1)
    # then the one mail lists exactly the matching document
    [digest] = mail.outbox
    assert digest.subject == "1 neues Angebot: " + SearchAlert.objects.get().label
    titles = re.findall(r"^- (.+)$", digest.body, re.M)
    assert titles == ["Praktikum Bäcker:in – passt"]
    assert "http://jena.localhost" in digest.body and "/suche/?q=B" in digest.body
    # and the one indexed only two minutes ago comes with the next digest (index lag)
    mail.outbox.clear()
    later = now + dt.timedelta(days=1)
    assert send_digests(later) == (1, 1)
    assert re.findall(r"^- (.+)$", mail.outbox[0].body, re.M) == ["Bäcker:in gerade erst"]


def test_portal_alert_subscribe_confirm_digest_and_unsubscribe(
    jena_region, portal_client, settings, commit
):
    settings.SEARCH_BACKEND = "postgres"
    _index(_doc(1, "Praktikum Bäcker:in in Jena", minutes_ago=60 * 24))
    # given the portal's search page (all regions)
    page = portal_client.get("/suche/", {"q": "Bäcker", "typ": "praktikum"})
    form = page.content.decode().split('id="benachrichtigung"')[1]
    assert page.cookies == {}
    assert '<input type="hidden" name="source" value="search">' in form
    # when a pupil subscribes there
    with commit():
        response = portal_client.post(
            "/benachrichtigungen/", _form(source="search", q="Bäcker", typ="praktikum")
        )
    assert "Fast geschafft!" in response.content.decode()
    assert response.cookies == {}
    # then the alert lives in the public schema, in no region
    alert = PortalAlert.objects.get()
    assert (alert.source, alert.query) == ("search", {"q": ["Bäcker"], "typ": ["praktikum"]})
    with tenant_context(jena_region):
        assert SearchAlert.objects.count() == 0
    [confirmation] = mail.outbox
    assert "Einblick Thüringen" in confirmation.subject
    assert confirmation.alternatives[0][1] == "text/html"
    manage, unsubscribe = _links(confirmation)
    assert manage.startswith("http://localhost")
    assert confirmation.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    # when she confirms, and new offers are published in Jena and Weimar
    confirmed = portal_client.post(_path(manage), {"action": "confirm"})
    assert "Deine Benachrichtigung ist bestätigt" in confirmed.content.decode()
    assert confirmed.cookies == {}
    PortalAlert.objects.update(checked_until=timezone.now() - dt.timedelta(hours=1))
    _index(
        _doc(2, "Praktikum Bäcker:in Jena neu"),
        _doc(3, "Praktikum Bäcker:in Weimar neu", region="weimar"),
    )
    mail.outbox.clear()
    call_command("send_alert_digests", stdout=StringIO())
    # then one portal-branded mail lists both, each with its region named
    [digest] = mail.outbox
    assert digest.subject == "2 neue Treffer: praktikum · „Bäcker“"
    assert "Praktikum Bäcker:in Jena neu" in digest.body
    assert "Praktikum Bäcker:in Weimar neu" in digest.body and "· Weimar" in digest.body
    assert "http://weimar.localhost" in digest.body
    assert "auf Einblick Thüringen bestellt" in digest.body
    html = digest.alternatives[0][0]
    assert "Praktikum Bäcker:in Weimar neu" in html and "Abmelden" in html
    unsubscribe = [link for link in _links(digest) if link.endswith("/abmelden/")][0]
    assert digest.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # and the one-click unsubscribe deletes it
    gone = portal_client.post(_path(unsubscribe))
    assert "Du bist abgemeldet" in gone.content.decode()
    assert PortalAlert.objects.count() == 0


def test_a_region_only_portal_alert_never_includes_other_regions(db, settings):
    settings.SEARCH_BACKEND = "postgres"
    now = timezone.now()
    with schema_context("public"):
        PortalAlert.objects.create(
            email="jena@example.org", query={"region": ["jena"]}, label="Jena",
            confirmed_at=now, checked_until=now - dt.timedelta(hours=1),
        )  # fmt: skip
    _index(
        _doc(1, "Neu in Jena"),
        _doc(2, "Neu in Weimar", region="weimar"),
        _doc(3, "Veranstaltung in Weimar", region="weimar", kind="event"),
    )
    mail.outbox.clear()
    call_command("send_alert_digests", stdout=StringIO())
    [digest] = mail.outbox
    assert re.findall(r"^- (.+)$", digest.body, re.M) == ["Neu in Jena"]
    assert "weimar" not in digest.body.lower()


def test_portal_subscribe_refuses_region_lists_and_unknown_regions(db, portal_client):
    refused = portal_client.post("/benachrichtigungen/", _form(source="offers"))
    assert refused.status_code == 400
    unknown = portal_client.post("/benachrichtigungen/", _form(source="search", region="atlantis"))
    assert "Der Filter passt nicht: region: Die Region „atlantis“ gibt es nicht." in (
        unknown.content.decode()
    )
    assert PortalAlert.objects.count() == 0


def test_portal_and_region_links_are_not_interchangeable(jena_region, jena_client, portal_client):
    from einblick.engagement.links import alert_links

    now = timezone.now()
    portal_alert = PortalAlert.objects.create(email="p@example.org", label="P", confirmed_at=now)
    portal_path = _path(alert_links(portal_alert)["manage_url"])
    with tenant_context(jena_region):
        region_alert = SearchAlert.objects.create(
            email="r@example.org", label="R", confirmed_at=now
        )
        region_path = _path(alert_links(region_alert)["manage_url"])
    assert portal_client.get(portal_path).status_code == 200
    assert jena_client.get(portal_path).status_code == 404
    assert portal_client.get(region_path).status_code == 404


def test_portal_alerts_are_deleted_by_the_scheduled_purge(db):
    now = timezone.now()
    make = PortalAlert.objects.create
    make(email="neu@example.org", label="neu")
    stale = make(
        email="still@example.org", label="still", confirmed_at=now - dt.timedelta(days=366)
    )
    old = make(email="alt@example.org", label="alt")
    PortalAlert.objects.filter(pk=old.pk).update(created_at=now - dt.timedelta(days=8))
    out = StringIO()
    call_command("purge_personal_data", stdout=out)
    assert list(PortalAlert.objects.values_list("email", flat=True)) == ["neu@example.org"]
    assert not PortalAlert.objects.filter(pk=stale.pk).exists()
    assert "Landesportal: 2 × Suchbenachrichtigungen des Landesportals" in out.getvalue()


def test_portal_privacy_page_lists_portal_alerts(portal_client):
    html = portal_client.get("/datenschutz/").content.decode()
    assert "Auf dieser Seite (Landesportal)" in html
    assert "Suchbenachrichtigungen des Landesportals (E-Mail-Adresse und gewählte Filter)" in html


def test_digest_of_an_english_search_alert_names_types_in_english_and_links_to_en(
    jena, settings, taxonomies
):
    settings.SEARCH_BACKEND = "postgres"
    now = timezone.now()
    # given an English and a German subscriber of the same search on the Jena host
    for email, language in (("en@example.org", "en"), ("de@example.org", "de")):
        SearchAlert.objects.create(
            email=email, source="search", query={"q": ["Bäcker"]}, label="Bäcker",
            frequency="daily", confirmed_at=now - dt.timedelta(hours=2),
            checked_until=now - dt.timedelta(hours=1), language=language,
        )  # fmt: skip
    _index(
        _doc(1, "Praktikum Bäcker:in", offer_type="schuelerpraktikum", extra={"title_en": "Baker internship"})
    )  # fmt: skip
    # when the digest runs
    mail.outbox.clear()
    assert send_digests(now) == (2, 2)
    by_address = {message.to[0]: message for message in mail.outbox}
    # then the English one shows the translated title, the type's English name and /en/ links
    english = by_address["en@example.org"]
    assert re.findall(r"^- (.+)$", english.body, re.M) == ["Baker internship"]
    assert "School internship · " in english.body and "Schülerpraktikum" not in english.body
    assert "/en/angebote/1/" in english.body
    # and the German one stays German
    german = by_address["de@example.org"]
    assert re.findall(r"^- (.+)$", german.body, re.M) == ["Praktikum Bäcker:in"]
    assert "Schülerpraktikum · " in german.body
    assert "/angebote/1/" in german.body and "/en/angebote/" not in german.body
