"""The public forms in English (issue 20): an English page posts to /en/…, the answer, its
errors and every later mail are English and link to /en/ pages; German stays German.

Event registration, alerts (region and portal), enquiries and company access keep the
visitor's language on the record (`language`).
"""

import datetime as dt
import re
import time

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation
from django_tenants.utils import tenant_context

from einblick.engagement import enquiries
from einblick.engagement.antiabuse import form_token
from einblick.engagement.models import Enquiry, SearchAlert
from einblick.engagement.portal_alerts.models import PortalAlert
from einblick.events import booking
from einblick.events.forms import form_token as event_form_token
from einblick.events.registrations import Registration
from einblick.selfservice.models import RegistrationRequest
from tests import factories

from .german_ui import german_ui

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


COMPANY = {
    "company": "Bäckerei Krume",
    "contact_name": "Ben Krume",
    "email": "ben@krume.example",
    "consent": "on",
}


def _html(message) -> str:
    return message.alternatives[0][0]


def _assert_english_mail(message, vocabulary, content=()) -> None:
    """HTML part, subject and text part have no German UI text; editors' and visitors' own
    German text (`content`: titles, names) is left out of the text part as the HTML part
    marks it lang="de"."""
    assert '<html lang="en"' in _html(message)
    assert german_ui(_html(message), vocabulary) == [], message.subject
    body = re.sub(r"https?://\S+", "", message.body)  # URL paths are German slugs
    text = f"<p>{message.subject}</p><pre>{body}</pre>"
    for german in content:
        text = text.replace(german, "")
    assert german_ui(text, vocabulary) == []


def test_english_event_page_posts_to_the_english_route(jena, jena_client):
    event = factories.bookable_event("Schnuppertag Optik", capacity=12)

    html = jena_client.get(_english(event)).content.decode()

    assert 'action="/en/veranstaltungen/schnuppertag-optik/anmelden/#anmeldung"' in html


def test_registration_on_english_page_keeps_english(jena, jena_client, commit, vocabulary):
    event = factories.bookable_event("Schnuppertag Optik", capacity=12)
    with commit():
        response = jena_client.post(
            f"{_english(event)}anmelden/", _registration_form(event, language="xx")
        )

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en"' in html
    assert german_ui(html, vocabulary) == []
    assert Registration.objects.get(event=event).language == "en"
    participant = mail.outbox[0]
    assert "/en/veranstaltungen/meine-anmeldung/" in participant.body
    assert "/en/veranstaltungen/meine-anmeldung/" in _html(participant)
    _assert_english_mail(participant, vocabulary, [event.title])


def test_registration_on_german_page_stays_german(jena, jena_client, commit):
    event = factories.bookable_event("Schnuppertag Optik", capacity=12)
    with commit():
        jena_client.post(f"{event.get_url()}anmelden/", _registration_form(event, language="en"))

    registration = Registration.objects.get(event=event)
    assert registration.language == "de"
    assert mail.outbox[0].subject == "Bitte bestätigen: Schnuppertag Optik"
    assert '<html lang="de"' in _html(mail.outbox[0])
    assert "/en/" not in mail.outbox[0].body


def test_later_mails_use_the_stored_language(jena, commit, vocabulary):
    start = timezone.now() + dt.timedelta(days=1)
    event = factories.bookable_event("Schnuppertag Optik", capacity=1, start=start)
    english = factories.registration(event, language="en", email="en@example.org")
    german = factories.registration(event, language="de", email="de@example.org")
    unknown = factories.registration(event, language="xx", email="xx@example.org")
    mail.outbox.clear()

    with commit():
        booking.cancel(english)
    call_command("send_event_reminders", stdout=open("/dev/null", "w"))

    by_address = {}
    for message in mail.outbox:
        by_address.setdefault(message.to[0], []).append(message)
    for message in by_address["en@example.org"]:
        _assert_english_mail(message, vocabulary, [event.title])
        assert "/en/" in message.body
    for message in by_address["de@example.org"] + by_address.get("xx@example.org", []):
        assert '<html lang="de"' in _html(message)
    assert german.language == "de" and unknown.language == "xx"


def test_alert_on_english_page_is_confirmed_and_digested_in_english(
    jena, jena_client, commit, vocabulary
):
    with commit():
        response = jena_client.post("/en/benachrichtigungen/", _alert_form())

    assert response.status_code == 200
    assert german_ui(response.content.decode(), vocabulary) == []
    alert = SearchAlert.objects.get()
    assert alert.language == "en"
    confirm = mail.outbox[0]
    _assert_english_mail(confirm, vocabulary)
    manage = re.search(r"http://[^\s]+(/en/benachrichtigungen/[^\s]+/)", confirm.body)[1]
    page = jena_client.post(manage, {"action": "confirm"})
    assert german_ui(page.content.decode(), vocabulary) == []

    offer = factories.offer("Ferienjob im Lager (m/w/d)", live=False)
    offer.save_revision().publish()
    SearchAlert.objects.filter(pk=alert.pk).update(checked_until=None)
    mail.outbox.clear()
    call_command("send_alert_digests", stdout=open("/dev/null", "w"))

    digest = mail.outbox[0]
    _assert_english_mail(digest, vocabulary, ["Ferienjob im Lager (m/w/d)", "Ferienjob"])
    assert "/en/" in digest.body


def test_portal_alert_on_english_search_page_is_english(portal_client, commit, vocabulary):
    with commit():
        response = portal_client.post(
            "/en/benachrichtigungen/", _alert_form(source="search", q="internship")
        )

    assert response.status_code == 200
    assert german_ui(response.content.decode(), vocabulary) == []
    alert = PortalAlert.objects.get(email="mia@example.org")
    assert alert.language == "en"
    _assert_english_mail(mail.outbox[0], vocabulary)
    assert "/en/benachrichtigungen/" in mail.outbox[0].body


def test_alert_errors_on_english_page_are_english(jena, jena_client, vocabulary):
    response = jena_client.post("/en/benachrichtigungen/", _alert_form(email="no-at"))

    html = response.content.decode()
    assert '<html lang="en"' in html
    assert german_ui(html, vocabulary) == []
    assert not SearchAlert.objects.exists()


def test_enquiry_on_english_page_answers_the_pupil_in_english(
    jena, jena_client, commit, vocabulary
):
    employer = factories.employer("Tischlerei Eigen")
    offer = factories.offer(
        "Praktikum Tischler (m/w/d)", employer_obj=employer, apply_email="job@eigen.example"
    )
    with commit():
        response = jena_client.post(f"/en/anfragen/angebot/{offer.slug}/", _enquiry_form())

    assert german_ui(response.content.decode(), vocabulary) == []
    assert Enquiry.objects.get().language == "en"
    company, receipt = mail.outbox
    assert company.to == ["job@eigen.example"]
    assert '<html lang="de"' in _html(company)
    assert "Englisch" in company.body
    _assert_english_mail(receipt, vocabulary, [offer.title, "Tischlerei Eigen"])


def test_a_posted_or_stored_unknown_language_means_german(jena, jena_client, commit):
    employer = factories.employer("Tischlerei Eigen")
    offer = factories.offer(
        "Praktikum Tischler (m/w/d)", employer_obj=employer, apply_email="job@eigen.example"
    )
    with commit():
        response = jena_client.post(
            f"/anfragen/angebot/{offer.slug}/", _enquiry_form(language="xx")
        )
        Enquiry.objects.update(language="xx")
        enquiries.send(Enquiry.objects.get())

    assert response.status_code == 200
    assert all('<html lang="de"' in _html(message) for message in mail.outbox)
    assert jena_client.post("/xx/benachrichtigungen/", _alert_form()).status_code == 404


def test_company_access_request_in_english(jena, jena_client, vocabulary):
    page = jena_client.get("/en/unternehmen/zugang-anfragen/").content.decode()
    assert 'action="/en/unternehmen/zugang-anfragen/"' in page
    assert german_ui(page, vocabulary) == []

    errors = jena_client.post("/en/unternehmen/zugang-anfragen/", {"company": "Krume"})
    sent = jena_client.post("/en/unternehmen/zugang-anfragen/", COMPANY)

    assert german_ui(errors.content.decode(), vocabulary) == []
    assert "Please agree so that we can handle your request." in errors.content.decode()
    assert german_ui(sent.content.decode(), vocabulary) == []
    assert RegistrationRequest.objects.get().language == "en"


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
