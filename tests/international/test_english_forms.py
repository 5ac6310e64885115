"""The public forms in English (issue 20): an English page posts to /en/…, the answer, its
errors and every later mail are English and link to /en/ pages; German stays German.

Event registration, alerts (region and portal), enquiries and company access keep the
visitor's language on the record (`language`).
"""

import time

import pytest
from django.core import mail
from django.utils import translation
from django_tenants.utils import tenant_context

from einblick.engagement.antiabuse import form_token
from einblick.engagement.models import Enquiry, SearchAlert
from einblick.events.forms import form_token as event_form_token
from einblick.events.registrations import Registration
from tests import factories

pytestmark = pytest.mark.usefixtures("taxonomies")


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _english(obj) -> str:
    with translation.override("en"):
        return obj.get_url()


def _registration_form(event, **fields):
    data = {"name": "Mia Muster", "email": "mia@example.org", "website": ""}
    data["started"] = event_form_token(event, now=time.time() - 20)
    return data | fields


def _alert_form(**fields):
    data = {"email": "mia@example.org", "frequency": "daily", "website": ""}
    return data | {"started": form_token("alert", now=time.time() - 20)} | fields


def _enquiry_form(**fields):
    data = {
        "name": "Mia Muster",
        "email": "mia@example.org",
        "message": "Can I do the internship in autumn?",
        "consent": "on",
        "website": "",
        "started": form_token("enquiry", now=time.time() - 20),
    }
    return data | fields


def _html(message) -> str:
    return message.alternatives[0][0]


def test_english_event_page_posts_to_the_english_route(jena, jena_client):
    event = factories.bookable_event("Schnuppertag Optik", capacity=12)

    html = jena_client.get(_english(event)).content.decode()

    assert 'action="/en/veranstaltungen/schnuppertag-optik/anmelden/#anmeldung"' in html


def test_registration_on_english_page_keeps_english(jena, jena_client, commit):
    event = factories.bookable_event("Schnuppertag Optik", capacity=12)
    with commit():
        response = jena_client.post(
            f"{_english(event)}anmelden/", _registration_form(event, language="xx")
        )

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en"' in html
    assert Registration.objects.get(event=event).language == "en"
    participant = mail.outbox[0]
    assert "/en/veranstaltungen/meine-anmeldung/" in participant.body
    assert "/en/veranstaltungen/meine-anmeldung/" in _html(participant)


def test_registration_on_german_page_stays_german(jena, jena_client, commit):
    event = factories.bookable_event("Schnuppertag Optik", capacity=12)
    with commit():
        jena_client.post(f"{event.get_url()}anmelden/", _registration_form(event, language="en"))

    registration = Registration.objects.get(event=event)
    assert registration.language == "de"
    assert mail.outbox[0].subject == "Bitte bestätigen: Schnuppertag Optik"
    assert '<html lang="de"' in _html(mail.outbox[0])
    assert "/en/" not in mail.outbox[0].body


def test_alert_and_enquiry_keep_the_language_of_the_page(jena, jena_client, commit):
    employer = factories.employer("Tischlerei Eigen")
    offer = factories.offer(
        "Praktikum Tischler (m/w/d)", employer_obj=employer, apply_email="job@eigen.example"
    )
    with commit():
        jena_client.post("/en/benachrichtigungen/", _alert_form())
        jena_client.post(f"/en/anfragen/angebot/{offer.slug}/", _enquiry_form())
        jena_client.post(f"/anfragen/angebot/{offer.slug}/", _enquiry_form(language="en"))

    assert SearchAlert.objects.get().language == "en"
    assert sorted(Enquiry.objects.values_list("language", flat=True)) == ["de", "en"]
    assert "/en/benachrichtigungen/" in mail.outbox[0].body


def test_a_registration_on_regions_english_page_stays_in_that_region(
    jena_region, weimar_region, jena_client, weimar_client, commit
):
    with tenant_context(jena_region):
        event = factories.bookable_event("Schnuppertag Optik", capacity=12)
        url = f"{_english(event)}anmelden/"
        with commit():
            jena_client.post(url, _registration_form(event))
        assert Registration.objects.filter(language="en").count() == 1

    with tenant_context(weimar_region):
        assert weimar_client.post(url, _registration_form(event)).status_code == 404
        assert not Registration.objects.exists()
