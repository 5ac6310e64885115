"""The public registration form, the personal link and the live seats (no cookies)."""

import re
import time

import pytest
from django.core import mail
from django.core.cache import caches
from django_tenants.utils import tenant_context

from einblick.events import booking
from einblick.events.forms import form_token
from einblick.events.registrations import Registration, Status
from einblick.events.tokens import make_token
from tests import factories


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _form(event, **fields):
    data = {"name": "Mia Muster", "email": "mia@example.org", "website": ""}
    data["started"] = form_token(event, now=time.time() - 20)
    return data | fields


def _register_url(event):
    return f"{event.get_url()}anmelden/"


def _link(message) -> str:
    return re.search(r"http://[^\s]+/veranstaltungen/meine-anmeldung/[^\s]+/", message.body)[0]


def test_event_page_shows_seats_and_form_without_setting_a_cookie(jena, jena_client):
    event = factories.bookable_event("Schnuppertag Optik", capacity=12)
    factories.registration(event, group_size=2)
    response = jena_client.get(event.get_url())
    body = response.content.decode()
    assert response.status_code == 200
    assert response.cookies == {}
    assert "Noch 10 von 12 Plätzen frei" in body
    assert 'action="/veranstaltungen/schnuppertag-optik/anmelden/#anmeldung"' in body
    assert 'for="id_name"' in body and 'autocomplete="email"' in body


def test_registering_sends_a_link_that_confirms_and_then_cancels(jena, jena_client, commit):
    event = factories.bookable_event("Schnuppertag Optik", capacity=1)
    with commit():
        response = jena_client.post(_register_url(event), _form(event))
    assert response.status_code == 200
    assert response.cookies == {}
    assert "Bitte bestätigen Sie Ihre E-Mail-Adresse" in response.content.decode()
    registration = Registration.objects.get(event=event)
    assert (registration.name, registration.status) == ("Mia Muster", Status.HELD)
    link = _link(mail.outbox[0])
    assert link.startswith("http://jena.localhost:")
    path = link.split(":", 2)[2].split("/", 1)[1]
    page = jena_client.get(f"/{path}")
    assert "Anmeldung bestätigen" in page.content.decode()
    confirmed = jena_client.post(f"/{path}", {"action": "confirm"})
    assert "Ihr Platz ist fest gebucht" in confirmed.content.decode()
    assert confirmed.cookies == {}
    with commit():
        cancelled = jena_client.post(f"/{path}", {"action": "cancel"})
    assert "Sie sind abgemeldet" in cancelled.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED
    assert mail.outbox[-1].subject == "Abmeldung bestätigt: Schnuppertag Optik"


def test_form_errors_are_german_and_nothing_is_stored(jena, jena_client):
    event = factories.bookable_event("Ferienwerkstatt", min_age=14, guardian_consent=True)
    response = jena_client.post(_register_url(event), _form(event, email="kein-at"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Bitte prüfen Sie Ihre Angaben." in body
    assert "Bitte gültige E-Mail-Adresse eingeben." in body
    assert "Die Veranstaltung ist ab 14 Jahren." in body
    assert "Unter 16 Jahren brauchen wir das Einverständnis" in body
    assert Registration.objects.count() == 0


def test_class_registration_with_group_size(jena, jena_client):
    event = factories.bookable_event("Messe", capacity=30, allow_groups=True, max_group_size=28)
    data = _form(event, is_group="on", group_size="25", school="Angergymnasium", school_class="9b")
    jena_client.post(_register_url(event), data)
    registration = Registration.objects.get(event=event)
    assert (registration.is_group, registration.group_size, registration.school_class) == (
        True,
        25,
        "9b",
    )
    too_big = jena_client.post(_register_url(event), _form(event, is_group="on", group_size="29"))
    assert "kleiner oder gleich 28" in too_big.content.decode()


def test_honeypot_and_too_fast_submissions_store_nothing(jena, jena_client):
    event = factories.bookable_event("Messe")
    bot = jena_client.post(_register_url(event), _form(event, website="http://spam.example"))
    assert bot.status_code == 200
    fast = jena_client.post(_register_url(event), _form(event, started=form_token(event)))
    assert "Das ging sehr schnell" in fast.content.decode()
    forged = jena_client.post(_register_url(event), _form(event, started="x"))
    assert "Das Formular ist abgelaufen" in forged.content.decode()
    assert Registration.objects.count() == 0


def test_cross_site_post_is_refused_and_unknown_links_are_404(jena, jena_client):
    event = factories.bookable_event("Messe")
    foreign = jena_client.post(
        _register_url(event), _form(event), HTTP_ORIGIN="https://evil.example"
    )
    assert foreign.status_code == 403
    same = jena_client.post(_register_url(event), _form(event), HTTP_ORIGIN="http://jena.localhost")
    assert same.status_code == 200
    assert jena_client.get("/veranstaltungen/meine-anmeldung/kaputt/").status_code == 404
    registration = Registration.objects.get()
    bad_action = jena_client.post(
        f"/veranstaltungen/meine-anmeldung/{make_token(registration)}/", {"action": "boom"}
    )
    assert bad_action.status_code == 400


def test_seats_json_counts_live(jena, jena_client):
    event = factories.bookable_event("Schnuppertag", capacity=None, slots=[("9 Uhr", 2)])
    booking.register(event, {"name": "A", "email": "a@example.org", "slot": event.slots.get()})
    data = jena_client.get(f"{event.get_url()}plaetze.json").json()
    assert data["state"] == "open"
    assert [(s["label"], s["capacity"], s["left"]) for s in data["slots"]] == [("9 Uhr", 2, 1)]


def test_a_jena_link_does_not_work_in_weimar(jena, jena_region, weimar_region, weimar_client):
    event = factories.bookable_event("Messe Jena")
    registration = booking.register(event, {"name": "A", "email": "a@example.org"})
    token = make_token(registration)
    with tenant_context(weimar_region):
        other = factories.bookable_event("Messe Weimar")
        booking.register(other, {"name": "B", "email": "b@example.org"})
    response = weimar_client.post(
        f"/veranstaltungen/meine-anmeldung/{token}/", {"action": "cancel"}
    )
    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.status == Status.HELD
    # and a Jena event cannot be booked on the Weimar host
    assert weimar_client.post(_register_url(event), _form(event)).status_code == 404


def test_registration_posts_are_rate_limited(jena, jena_client, settings):
    settings.RATELIMIT_ENABLE = True
    settings.EINBLICK_RATELIMITS = {"forms": "2/m"}
    caches["ratelimit"].clear()
    event = factories.bookable_event("Messe")
    statuses = [
        jena_client.post(_register_url(event), _form(event, email=f"{n}@example.org")).status_code
        for n in range(3)
    ]
    caches["ratelimit"].clear()
    assert statuses == [200, 200, 429]
    assert Registration.objects.count() == 2
