"""Enquiries to companies without an account: form, mails, CMS scoping, retention."""

import time

import pytest
from django.core import mail
from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.core.retention import purgers
from einblick.employers.models import EmployerContact
from einblick.engagement.antiabuse import form_token
from einblick.engagement.enquiries import response_days
from einblick.engagement.models import Enquiry, EnquirySettings
from tests import factories
from tests.adminkit.helpers import login

INDEX = "/cms/anfragen/"


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _form(**fields):
    data = {
        "name": "Mia Muster",
        "email": "mia@example.org",
        "message": "Kann ich das Praktikum auch in den Herbstferien machen?",
        "school": "Angergymnasium, 9b",
        "consent": "on",
        "website": "",
        "started": form_token("enquiry", now=time.time() - 20),
    }
    return data | fields


def _offer(title="Praktikum Mechatronik (m/w/d)", company="Tischlerei Eigen", **kwargs):
    employer = factories.employer(company)
    return factories.offer(title, employer_obj=employer, apply_email="ausbildung@eigen.de",
                           **kwargs)  # fmt: skip


def _enquiry(employer, name="Mia", **kwargs):
    return Enquiry.objects.create(
        employer=employer, name=name, email=f"{name.lower()}@example.org", message="Hallo",
        **kwargs,
    )  # fmt: skip


def test_offer_page_shows_the_enquiry_form_without_a_cookie(jena, jena_client):
    offer = _offer()
    response = jena_client.get(offer.get_url())
    body = response.content.decode()
    assert response.status_code == 200
    assert response.cookies == {}
    assert "Ich habe Interesse" in body
    assert f'action="/anfragen/angebot/{offer.slug}/#anfrage"' in body
    assert "Ich bin einverstanden, dass Tischlerei Eigen meine Angaben per E-Mail bekommt" in body
    assert "nach 90 Tagen" in body


def test_enquiry_on_an_offer_mails_the_contact_with_reply_to_and_a_receipt(
    jena, jena_client, commit
):
    offer = _offer()
    with commit():
        response = jena_client.post(f"/anfragen/angebot/{offer.slug}/", _form())
    assert response.status_code == 200
    assert response.cookies == {}
    assert "Danke, deine Anfrage ist unterwegs!" in response.content.decode()
    enquiry = Enquiry.objects.get()
    assert (enquiry.offer, enquiry.employer, enquiry.recipient) == (
        offer,
        offer.employer,
        "ausbildung@eigen.de",
    )
    company, receipt = mail.outbox
    assert company.to == ["ausbildung@eigen.de"]
    assert company.reply_to == ["mia@example.org"]
    assert company.subject == "Anfrage über Einblick Jena: Praktikum Mechatronik (m/w/d)"
    assert "Kann ich das Praktikum auch in den Herbstferien machen?" in company.body
    assert "Schule und Klasse: Angergymnasium, 9b" in company.body
    assert "Herbstferien" in company.alternatives[0][0]
    assert receipt.to == ["mia@example.org"]
    assert receipt.subject == "Deine Anfrage an Tischlerei Eigen ist unterwegs"


def test_enquiry_on_an_employer_goes_to_the_first_contact_with_an_address(
    jena, jena_client, commit
):
    employer = factories.employer("Bäckerei Korn", email="info@korn.de")
    EmployerContact.objects.create(employer=employer, name="Ute Korn", email="ute@korn.de")
    with commit():
        jena_client.post(f"/anfragen/arbeitgeber/{employer.slug}/", _form())
    assert mail.outbox[0].to == ["ute@korn.de"]
    assert Enquiry.objects.get().offer is None


def test_enquiry_errors_name_the_field_and_nothing_is_sent(jena, jena_client):
    offer = _offer()
    url = f"/anfragen/angebot/{offer.slug}/"
    response = jena_client.post(url, _form(consent="", email="kaputt", message=""))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Ohne dein Einverständnis können wir nichts weitergeben." in body
    assert "Bitte gültige E-Mail-Adresse eingeben." in body
    assert "Dieses Feld muss ausgefüllt werden." in body
    assert (
        "Das ging sehr schnell."
        in jena_client.post(url, _form(started=form_token("enquiry"))).content.decode()
    )
    assert (
        "Das Formular ist abgelaufen."
        in jena_client.post(
            url, _form(started=form_token("alert", now=time.time() - 20))
        ).content.decode()
    )
    assert jena_client.post(url, _form(), HTTP_ORIGIN="https://evil.example").status_code == 403
    with_honey = jena_client.post(url, _form(website="x"))
    assert "Danke" in with_honey.content.decode()
    assert Enquiry.objects.count() == 0 and mail.outbox == []


def test_no_form_and_404_without_an_address_or_for_drafts(jena, jena_client):
    silent = factories.offer("Ferienjob Stumm (m/w/d)", employer_obj=factories.employer("Stumm"))
    draft = _offer("Entwurf (m/w/d)", company="Geheim GmbH", live=False)
    assert "Ich habe Interesse" not in jena_client.get(silent.get_url()).content.decode()
    assert jena_client.post(f"/anfragen/angebot/{silent.slug}/", _form()).status_code == 404
    assert jena_client.post(f"/anfragen/angebot/{draft.slug}/", _form()).status_code == 404
    assert jena_client.post("/anfragen/angebot/gibt-es-nicht/", _form()).status_code == 404


def test_company_sees_own_enquiries_in_the_cms_and_not_another_companys(jena_region, jena_client):
    with tenant_context(jena_region):
        own, other = factories.employer("Tischlerei Eigen"), factories.employer("Bäckerei Fremd")
        mine = _enquiry(own, "Mia-Eigen")
        theirs = _enquiry(other, "Ben-Fremd")
    login(jena_client, jena_region, "firma-a", superuser=False, employer=own)
    listing = jena_client.get(INDEX).content.decode()
    assert "Mia-Eigen" in listing and "Ben-Fremd" not in listing
    detail = jena_client.get(f"{INDEX}inspect/{mine.pk}/")
    assert detail.status_code == 200 and "Hallo" in detail.content.decode()
    refused = [
        jena_client.get(f"{INDEX}inspect/{theirs.pk}/"),
        jena_client.get(f"{INDEX}edit/{theirs.pk}/"),
        jena_client.post(f"{INDEX}edit/{theirs.pk}/", {"answered": "on"}),
    ]
    assert [(r.status_code, r.url) for r in refused] == [(302, "/cms/")] * 3  # no permission
    marked = jena_client.post(f"{INDEX}edit/{mine.pk}/", {"answered": "on"})
    assert (marked.status_code, marked.url) == (302, INDEX)
    mine.refresh_from_db()
    assert mine.answered and mine.answered_at is not None
    theirs.refresh_from_db()
    assert not theirs.answered


def test_region_editor_sees_all_of_the_region_and_nothing_of_another(
    jena_region, weimar_region, jena_client
):
    with tenant_context(weimar_region):
        _enquiry(factories.employer("Weimar AG"), "Wanda-Weimar")
    with tenant_context(jena_region):
        _enquiry(factories.employer("A"), "Anna-Jena")
        _enquiry(factories.employer("B"), "Bert-Jena")
    login(jena_client, jena_region, "redaktion", superuser=False, groups=["Editors"])
    listing = jena_client.get(INDEX).content.decode()
    assert "Anna-Jena" in listing and "Bert-Jena" in listing and "Wanda-Weimar" not in listing


def test_weimar_offer_cannot_be_enquired_on_the_jena_host(jena_region, weimar_region, jena_client):
    with tenant_context(weimar_region):
        offer = _offer("Ferienjob Weimar (m/w/d)", company="Weimar AG")
    assert jena_client.post(f"/anfragen/angebot/{offer.slug}/", _form()).status_code == 404


def test_retention_per_region_and_response_time(jena, weimar_region):
    now = timezone.now()
    employer = factories.employer("Schnell GmbH")
    for days in (1, 2, 5):
        enquiry = _enquiry(employer, f"P{days}", answered=True)
        Enquiry.objects.filter(pk=enquiry.pk).update(
            created_at=now - timezone.timedelta(days=10),
            answered_at=now - timezone.timedelta(days=10 - days),
        )
    assert response_days(employer) == 2
    old = _enquiry(employer, "Alt")
    Enquiry.objects.filter(pk=old.pk).update(created_at=now - timezone.timedelta(days=31))
    settings = EnquirySettings.load()
    settings.retention_days = 30
    settings.save()
    with tenant_context(weimar_region):
        old_weimar = _enquiry(factories.employer("W"), "AltWeimar")
        Enquiry.objects.filter(pk=old_weimar.pk).update(
            created_at=now - timezone.timedelta(days=31)
        )
    purger = next(p for p in purgers() if p.key == "engagement.enquiries")
    assert purger.purge(now) == 1
    assert not Enquiry.objects.filter(name="Alt").exists()
    with tenant_context(weimar_region):
        assert purger.purge(now) == 0  # Weimar keeps the default 90 days
        assert Enquiry.objects.filter(name="AltWeimar").exists()


def _event(title, days=10, **kwargs):
    return factories.event(title, start=timezone.now() + timezone.timedelta(days=days), **kwargs)


def test_enquiry_on_a_company_event_goes_to_the_organiser_and_shows_in_its_cms(
    jena_region, jena_client, commit
):
    # given an upcoming event organised by a company with a contact address
    with tenant_context(jena_region):
        company = factories.employer("Tischlerei Eigen", email="info@eigen.de")
        event = _event("Werkstatttag Tischlerei", organiser=company)
        page = jena_client.get(event.get_url()).content.decode()
    # then its page carries the enquiry form, with the company named in the consent
    assert f'action="/anfragen/veranstaltung/{event.slug}/#anfrage"' in page
    assert "Ich bin einverstanden, dass Tischlerei Eigen meine Angaben per E-Mail bekommt" in page
    # when a pupil sends an enquiry
    with tenant_context(jena_region), commit():
        response = jena_client.post(f"/anfragen/veranstaltung/{event.slug}/", _form())
    assert response.status_code == 200
    assert response.cookies == {}
    # then the company gets it with reply-to the pupil, and sees it in its CMS area
    with tenant_context(jena_region):
        enquiry = Enquiry.objects.get()
        assert (enquiry.event, enquiry.employer, enquiry.offer) == (event, company, None)
    company_mail, receipt = mail.outbox
    assert company_mail.to == ["info@eigen.de"]
    assert company_mail.reply_to == ["mia@example.org"]
    assert company_mail.subject == "Anfrage über Einblick Jena: Werkstatttag Tischlerei"
    assert receipt.subject == "Deine Anfrage an Tischlerei Eigen ist unterwegs"
    login(jena_client, jena_region, "firma-a", superuser=False, employer=company)
    listing = jena_client.get(INDEX).content.decode()
    assert "Mia Muster" in listing and "Werkstatttag Tischlerei" in listing


def test_enquiry_on_a_region_event_goes_to_its_organiser_address_only(jena, jena_client, commit):
    # given a region event with an organiser address, one without, and a past one
    event = _event("Ausbildungsmesse Jena", organiser_email="messe@jena.example")
    silent = _event("Tag der Berufe")
    past = _event("Messe von gestern", days=-2, organiser_email="messe@jena.example")
    # then only the first shows the form and takes enquiries
    assert "Ich habe Interesse" in jena_client.get(event.get_url()).content.decode()
    assert "Ich habe Interesse" not in jena_client.get(silent.get_url()).content.decode()
    assert "Ich habe Interesse" not in jena_client.get(past.get_url()).content.decode()
    for slug in (silent.slug, past.slug, "gibt-es-nicht"):
        assert jena_client.post(f"/anfragen/veranstaltung/{slug}/", _form()).status_code == 404
    with commit():
        jena_client.post(f"/anfragen/veranstaltung/{event.slug}/", _form())
    company_mail, receipt = mail.outbox
    assert company_mail.to == ["messe@jena.example"]
    assert receipt.subject == "Deine Anfrage an das Veranstaltungsteam ist unterwegs"
    assert Enquiry.objects.get().employer is None


def test_weimar_event_cannot_be_enquired_on_the_jena_host(jena_region, weimar_region, jena_client):
    with tenant_context(weimar_region):
        event = _event("Messe Weimar", organiser_email="messe@weimar.example")
    response = jena_client.post(f"/anfragen/veranstaltung/{event.slug}/", _form())
    assert response.status_code == 404
    with tenant_context(jena_region):
        assert Enquiry.objects.count() == 0
