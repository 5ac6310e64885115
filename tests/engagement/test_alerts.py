"""Search alerts without an account: subscribe, double opt-in, digest, unsubscribe."""

import re
import time

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.engagement.antiabuse import form_token
from einblick.engagement.links import alert_links
from einblick.engagement.models import SearchAlert
from tests import factories
from tests.conftest import host_client
from tests.themes.conftest import make_logo


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _form(**fields):
    data = {"email": "mia@example.org", "frequency": "daily", "website": ""}
    data["started"] = form_token("alert", now=time.time() - 20)
    return data | fields


def _links(message) -> list[str]:
    return re.findall(r"http://[^\s]+/benachrichtigungen/[^\s]+/", message.body)


def _path(link: str) -> str:
    return "/" + link.split("/", 3)[3]


def _publish(title, **kwargs):
    offer = factories.offer(title, live=False, **kwargs)
    offer.save_revision().publish()
    offer.refresh_from_db()
    return offer


def _digest():
    mail.outbox.clear()
    call_command("send_alert_digests", stdout=open("/dev/null", "w"))
    return list(mail.outbox)


def test_offer_list_offers_the_alert_form_with_the_current_filter(jena, jena_client):
    factories.offer_type("ferienjob", "Ferienjob")
    response = jena_client.get("/angebote/", {"typ": "ferienjob", "q": "Lager", "sort": "date"})
    body = response.content.decode()
    assert response.status_code == 200
    assert response.cookies == {}
    assert "Benachrichtige mich bei neuen Angeboten" in body
    assert 'action="/benachrichtigungen/#benachrichtigung"' in body
    assert '<input type="hidden" name="typ" value="ferienjob">' in body
    assert '<input type="hidden" name="q" value="Lager">' in body
    assert 'name="sort"' not in body.split('id="benachrichtigung"')[1]


def test_subscribe_confirm_publish_digest_and_unsubscribe(jena, jena_client, commit):
    # given a pupil who subscribes to holiday jobs in Jena
    ferienjob = factories.offer_type("ferienjob", "Ferienjob")
    _publish("Ferienjob vor dem Abo (m/w/d)", type_obj=ferienjob)
    with commit():
        response = jena_client.post("/benachrichtigungen/", _form(typ="ferienjob"))
    assert response.status_code == 200
    assert response.cookies == {}
    assert "Fast geschafft!" in response.content.decode()
    alert = SearchAlert.objects.get()
    assert (alert.email, alert.query, alert.label) == (
        "mia@example.org",
        {"typ": ["ferienjob"]},
        "Ferienjob",
    )
    assert alert.confirmed_at is None
    [confirmation] = mail.outbox
    assert confirmation.to == ["mia@example.org"]
    assert _digest() == []  # unconfirmed: nothing is sent
    # when she confirms through the link of the mail
    manage_link, unsubscribe_link = _links(confirmation)
    assert unsubscribe_link.endswith("/abmelden/")
    page = jena_client.get(_path(manage_link))
    assert "Benachrichtigung bestätigen" in page.content.decode()
    confirmed = jena_client.post(_path(manage_link), {"action": "confirm"})
    assert "Deine Benachrichtigung ist bestätigt" in confirmed.content.decode()
    assert confirmed.cookies == {}
    # and a new matching offer and a non-matching one are published
    _publish("Ferienjob im Lager (m/w/d)", type_obj=ferienjob)
    _publish("Schnuppertag Optik (m/w/d)")
    # then the digest sends exactly one mail with the new matching offer only
    [digest] = _digest()
    assert digest.to == ["mia@example.org"]
    assert digest.subject == "1 neues Angebot: Ferienjob"
    assert "Ferienjob im Lager (m/w/d)" in digest.body
    assert "Schnuppertag" not in digest.body and "vor dem Abo" not in digest.body
    html = digest.alternatives[0][0]
    assert "Ferienjob im Lager (m/w/d)" in html and "Abmelden" in html
    unsubscribe = [link for link in _links(digest) if link.endswith("/abmelden/")][0]
    assert digest.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert _digest() == []  # nothing new, nothing sent
    # and the unsubscribe link deletes the alert (one click, as mail programs post it)
    assert "Jetzt abmelden" in jena_client.get(_path(unsubscribe)).content.decode()
    gone = jena_client.post(_path(unsubscribe))
    assert "Du bist abgemeldet" in gone.content.decode()
    assert SearchAlert.objects.count() == 0
    assert jena_client.get(_path(unsubscribe)).status_code == 404


def test_a_digest_waits_for_the_frequency_and_lists_only_new_offers(jena):
    # given a weekly alert that was mailed two days ago
    now = timezone.now()
    alert = SearchAlert.objects.create(
        email="ben@example.org",
        query={},
        label="Alle neuen Angebote",
        frequency="weekly",
        confirmed_at=now - timezone.timedelta(days=9),
        checked_until=now - timezone.timedelta(days=2),
        last_sent_at=now - timezone.timedelta(days=2),
    )
    _publish("Praktikum Mechatronik (m/w/d)")
    # when the digest runs, then nothing is sent before the week is over
    assert _digest() == []
    # when the week is over, then the offer is in the one mail
    SearchAlert.objects.filter(pk=alert.pk).update(last_sent_at=now - timezone.timedelta(days=7))
    [digest] = _digest()
    assert "Praktikum Mechatronik (m/w/d)" in digest.body
    assert _digest() == []


def test_subscribe_errors_name_the_field_and_store_nothing(jena, jena_client):
    broken = jena_client.post("/benachrichtigungen/", _form(email="kein-at"))
    assert broken.status_code == 200
    assert "Bitte prüfe deine Angaben." in broken.content.decode()
    assert "Bitte gültige E-Mail-Adresse eingeben." in broken.content.decode()
    bad_filter = jena_client.post("/benachrichtigungen/", _form(umkreis="9999", ort=""))
    assert "Der Filter passt nicht: Umkreis:" in bad_filter.content.decode()
    fast = jena_client.post("/benachrichtigungen/", _form(started=form_token("alert")))
    assert "Das ging sehr schnell." in fast.content.decode()
    forged = jena_client.post("/benachrichtigungen/", _form(started="x"))
    assert "Das Formular ist abgelaufen." in forged.content.decode()
    assert SearchAlert.objects.count() == 0 and mail.outbox == []


def test_honeypot_and_foreign_origin_store_nothing(jena, jena_client, commit):
    with commit():
        spam = jena_client.post("/benachrichtigungen/", _form(website="http://spam"))
    assert "Fast geschafft!" in spam.content.decode()
    foreign = jena_client.post("/benachrichtigungen/", _form(), HTTP_ORIGIN="https://evil.example")
    assert foreign.status_code == 403
    assert SearchAlert.objects.count() == 0 and mail.outbox == []


def test_confirmation_mails_per_address_are_limited(jena, jena_client, settings, commit):
    settings.RATELIMIT_ENABLE = True
    settings.ENGAGEMENT_ADDRESS_RATE = "2/d"
    address = f"viel-{time.time_ns()}@example.org"
    with commit():
        for term in ("a", "b", "c"):
            response = jena_client.post("/benachrichtigungen/", _form(email=address, q=term))
    assert "heute schon mehrere Nachrichten" in response.content.decode()
    assert SearchAlert.objects.filter(email=address).count() == 2
    assert len(mail.outbox) == 2


def test_frequency_change_and_tampered_or_foreign_links(jena, jena_region, weimar_region):
    alert = SearchAlert.objects.create(
        email="a@example.org", query={}, label="Alle", confirmed_at=timezone.now()
    )
    path = _path(alert_links(alert)["manage_url"])
    client = host_client("jena.localhost")
    changed = client.post(path, {"action": "frequency", "frequency": "daily"})
    assert "Gespeichert: Wir schreiben dir täglich." in changed.content.decode()
    alert.refresh_from_db()
    assert alert.frequency == "daily" and alert.last_click_at is not None
    assert client.post(path, {"action": "frequency", "frequency": "stündlich"}).status_code == 400
    assert client.post(path, {"action": "kaputt"}).status_code == 400
    assert client.get(path[:-3] + "xx/").status_code == 404
    # a Jena link on the Weimar host is refused, and Weimar's alerts are untouched
    assert host_client("weimar.localhost").get(path).status_code == 404
    with tenant_context(weimar_region):
        assert SearchAlert.objects.count() == 0


def test_region_isolation_of_digests(jena, weimar_region):
    # given the same alert in Jena and Weimar, and a new offer in Weimar only
    now = timezone.now()
    for region in (None, weimar_region):
        with tenant_context(region or jena):
            SearchAlert.objects.create(
                email=f"{'weimar' if region else 'jena'}@example.org",
                query={},
                label="Alle neuen Angebote",
                confirmed_at=now,
                checked_until=now - timezone.timedelta(minutes=1),
            )
    with tenant_context(weimar_region):
        _publish("Ferienjob in Weimar (m/w/d)", employer_obj=factories.employer("Weimar AG"))
    # when the digests run, then only the Weimar subscriber hears of it
    [digest] = _digest()
    assert digest.to == ["weimar@example.org"]
    assert "http://weimar.localhost" in digest.body
    assert "Ferienjob in Weimar (m/w/d)" in digest.body


def test_retention_deletes_unconfirmed_and_long_unclicked_alerts(jena):
    from einblick.core.retention import purgers

    now = timezone.now()
    days = timezone.timedelta(days=1)
    make = SearchAlert.objects.create
    make(email="neu@example.org", label="neu", created_at=now)
    old_pending = make(email="alt@example.org", label="alt")
    kept = make(email="aktiv@example.org", label="aktiv", confirmed_at=now - 400 * days,
                last_click_at=now - 30 * days)  # fmt: skip
    make(email="still@example.org", label="still", confirmed_at=now - 366 * days)
    SearchAlert.objects.filter(pk=old_pending.pk).update(created_at=now - 8 * days)
    purger = next(p for p in purgers() if p.key == "engagement.alerts")
    assert purger.purge(now) == 2
    assert sorted(SearchAlert.objects.values_list("email", flat=True)) == [
        "aktiv@example.org",
        "neu@example.org",
    ]
    assert kept.pk in SearchAlert.objects.values_list("pk", flat=True)


def test_digests_are_scheduled_and_the_privacy_page_lists_alerts(settings):
    from einblick.pages.blocks import RetentionPeriodsBlock

    block = RetentionPeriodsBlock()
    html = block.render(block.to_python({"heading": "Speicherfristen"}))
    assert "send_alert_digests" in settings.SCHEDULED_COMMANDS
    assert (
        "Benachrichtigungen zu Angeboten, Suche, Veranstaltungen und Unternehmen "
        "(E-Mail-Adresse und gewählte Filter)" in html
    )
    assert "nicht bestätigte nach 7 Tagen" in html


def test_alert_mails_show_the_region_logo_from_its_own_host(jena_region, jena_client, commit):
    # given Jena with a logo in its brand settings
    make_logo(jena_region, "jena")
    # when a pupil subscribes
    with tenant_context(jena_region), commit():
        jena_client.post("/benachrichtigungen/", _form())
    # then the confirmation mail shows the logo (served by the region host) named by the portal
    [confirmation] = mail.outbox
    html = confirmation.alternatives[0][0]
    [logo] = re.findall(r'<img src="([^"]+)" alt="([^"]+)"', html)
    assert re.fullmatch(r"http://jena\.localhost(:\d+)?/marken/jena/logo/\?v=\d+", logo[0])
    assert logo[1] == "Einblick Jena"
    assert "<img" not in confirmation.body


def test_alert_form_sits_outside_the_live_results_so_a_reload_keeps_the_address(jena, jena_client):
    # given the offer list (offers/live-results.js swaps the inner HTML of [data-results])
    factories.offer_type("ferienjob", "Ferienjob")
    body = jena_client.get("/angebote/", {"typ": "ferienjob"}).content.decode()
    # then the alert form is after the results, its filter in a box the script refreshes
    results, after = body.split('<div class="stack" data-results>')[1].split(
        'id="benachrichtigung"'
    )
    assert "data-alert-filters" not in results
    assert (
        '<div data-alert-filters><input type="hidden" name="typ" value="ferienjob"></div>' in after
    )
