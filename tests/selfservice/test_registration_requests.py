"""'Zugang anfragen' on the public site; editors turn requests into invitations or decline."""

import datetime as dt

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from einblick.selfservice.models import Invitation, RegistrationRequest
from tests import factories
from tests.adminkit.helpers import login
from tests.conftest import host_client
from tests.selfservice.helpers import visible_text

ASK = "/unternehmen/zugang-anfragen/"
GOOD = {
    "company": "Bäckerei Krume",
    "contact_name": "Ben Krume",
    "email": "ben@krume.example",
    "message": "Wir backen in Jena-Ost und bilden aus.",
    "consent": "on",
}


def test_request_page_is_german_cookie_free_and_linked_in_the_footer(jena, jena_client):
    response = jena_client.get(ASK)

    html = response.content.decode()
    assert response.status_code == 200
    assert response.cookies == {}
    assert "Zugang für Ihr Unternehmen anfragen" in html
    assert "Name Ihres Unternehmens" in html and "Ich bin einverstanden" in html
    assert f'href="{reverse("wagtailadmin_login")}">Anmelden im Unternehmensbereich' in html
    assert f'href="{ASK}">Zugang anfragen' in html


def test_public_portal_footer_has_no_company_links(portal_client):
    html = portal_client.get("/").content.decode()

    assert "Anmelden im Unternehmensbereich" not in html


def test_request_is_stored_and_the_editors_are_mailed(jena, jena_client):
    # given an editor with an e-mail address
    factories.user("redakteurin", groups=["Editors"], email="redaktion@jena.example")

    # when a company sends the form
    response = jena_client.post(ASK, GOOD)

    # then it is thanked, the request waits in the CMS and the editors get a mail
    assert response.status_code == 200
    assert "Ihre Anfrage ist eingegangen" in response.content.decode()
    saved = RegistrationRequest.objects.get()
    assert (saved.company, saved.email, saved.consent, saved.status) == (
        "Bäckerei Krume",
        "ben@krume.example",
        True,
        "new",
    )
    assert [m.to for m in mail.outbox] == [["redaktion@jena.example"]]
    assert mail.outbox[0].subject == "Neue Anfrage für einen Firmenzugang: Bäckerei Krume"
    assert "Wir backen in Jena-Ost" in mail.outbox[0].alternatives[0].content


def test_missing_consent_and_bad_address_are_named_and_nothing_is_stored(jena, jena_client):
    data = GOOD | {"email": "ben-at-krume", "consent": ""}

    response = jena_client.post(ASK, data)

    text = visible_text(response.content.decode())
    assert response.status_code == 200
    assert "Ihre E-Mail-Adresse: Bitte gültige E-Mail-Adresse eingeben." in text
    assert "Bitte stimmen Sie zu, damit wir Ihre Anfrage bearbeiten können." in text
    assert RegistrationRequest.objects.count() == 0


def test_honeypot_and_foreign_origin_store_nothing(jena, jena_client):
    spam = jena_client.post(ASK, GOOD | {"website": "http://spam.example"})
    foreign = jena_client.post(ASK, GOOD, HTTP_ORIGIN="https://evil.example")

    assert spam.status_code == 200
    assert foreign.status_code == 403
    assert RegistrationRequest.objects.count() == 0
    assert mail.outbox == []


def test_editor_turns_a_request_into_an_invitation(jena, jena_client):
    # given a request from a company that has a profile already
    employer = factories.employer("Bäckerei Krume")
    request_obj = RegistrationRequest.objects.create(**(GOOD | {"consent": True}))
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    # when the editor opens "Einladen" from the list and saves the prefilled form
    listing = jena_client.get("/cms/registrierungsanfragen/").content.decode()
    add = f"/cms/einladungen/new/?anfrage={request_obj.pk}"
    form = jena_client.get(add).content.decode()
    jena_client.post(
        add, {"employer": employer.pk, "name": "Ben Krume", "email": "ben@krume.example"}
    )

    # then the form was filled from the request, the mail is out and the request is done
    assert "Bäckerei Krume" in listing and add.replace("&", "&amp;") in listing
    assert 'value="ben@krume.example"' in form
    assert f'<option value="{employer.pk}" selected>Bäckerei Krume</option>' in form
    request_obj.refresh_from_db()
    assert request_obj.status == "invited"
    assert request_obj.invitation == Invitation.objects.get()
    assert [m.to for m in mail.outbox] == [["ben@krume.example"]]


def test_editor_declines_a_request(jena, jena_client):
    request_obj = RegistrationRequest.objects.create(**(GOOD | {"consent": True}))
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])
    url = reverse("registrierungsanfragen:decline", args=[request_obj.pk])

    confirm = jena_client.get(url)
    response = jena_client.post(url)

    assert confirm.status_code == 200 and "Diese Anfrage ablehnen?" in confirm.content.decode()
    assert response.status_code == 302
    request_obj.refresh_from_db()
    assert request_obj.status == "declined"
    assert request_obj.decided_at is not None


def test_weimar_editors_do_not_see_jena_requests(jena, jena_client, weimar_region):
    jena_client.post(ASK, GOOD)

    weimar_client = host_client("weimar.localhost")
    login(weimar_client, weimar_region, "redaktion-weimar", superuser=False, groups=["Editors"])
    html = weimar_client.get("/cms/registrierungsanfragen/").content.decode()

    assert "Bäckerei Krume" not in html


def test_company_logins_do_not_see_requests(jena, jena_client):
    RegistrationRequest.objects.create(**(GOOD | {"consent": True}))
    own = factories.employer("Tischlerei Eigen")
    login(jena_client, jena, "firma-a", superuser=False, employer=own)

    response = jena_client.get("/cms/registrierungsanfragen/")

    assert response.status_code == 302
    assert "Bäckerei Krume" not in response.content.decode()


def test_retention_purges_decided_and_forgotten_requests(jena):
    from einblick.core import retention

    now = timezone.now()
    decided = RegistrationRequest.objects.create(company="Alt", contact_name="A", email="a@x.de")
    forgotten = RegistrationRequest.objects.create(
        company="Vergessen", contact_name="V", email="v@x.de"
    )
    RegistrationRequest.objects.create(company="Neu", contact_name="N", email="n@x.de")
    RegistrationRequest.objects.filter(pk=decided.pk).update(
        status="declined", decided_at=now - dt.timedelta(days=91)
    )
    RegistrationRequest.objects.filter(pk=forgotten.pk).update(
        created_at=now - dt.timedelta(days=181)
    )

    purger = {p.key: p for p in retention.purgers()}["selfservice.requests"]
    deleted = purger.purge(now)

    assert deleted == 2
    assert list(RegistrationRequest.objects.values_list("company", flat=True)) == ["Neu"]
