"""From a registration request of an unknown company the editor creates the employer too."""

from django.core import mail

from einblick.employers.models import Employer
from einblick.selfservice.models import Invitation, RegistrationRequest
from tests import factories
from tests.adminkit.helpers import login

REQUEST = {
    "company": "Bäckerei Neuland",
    "contact_name": "Nina Neuland",
    "email": "nina@neuland.example",
    "message": "Wir bilden aus.",
    "consent": True,
}


def test_request_of_an_unknown_company_creates_a_draft_employer_and_invites(jena, jena_client):
    # given a request from a company without a profile
    request_obj = RegistrationRequest.objects.create(**REQUEST)
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])
    add = f"/cms/einladungen/new/?anfrage={request_obj.pk}"
    # when the editor opens "Einladen" and sends the prefilled form
    form = jena_client.get(add).content.decode()
    response = jena_client.post(
        add,
        {"employer": "", "new_employer": "Bäckerei Neuland", "name": "Nina Neuland",
         "email": "nina@neuland.example"},
    )  # fmt: skip
    # then the new employer's name was prefilled, it exists as a draft and the mail is out
    assert 'name="new_employer" value="Bäckerei Neuland"' in form
    assert response.status_code == 302
    employer = Employer.objects.get(name="Bäckerei Neuland")
    assert (employer.live, employer.has_unpublished_changes) == (False, True)
    assert Employer.objects.public().filter(pk=employer.pk).exists() is False
    assert Invitation.objects.get().employer == employer
    request_obj.refresh_from_db()
    assert request_obj.status == "invited"
    assert [m.to for m in mail.outbox] == [["nina@neuland.example"]]


def test_employer_choice_is_one_or_the_other_and_names_the_field(jena, jena_client):
    existing = factories.employer("Bäckerei Alt")
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])
    person = {"name": "Nina Neuland", "email": "nina@neuland.example"}

    neither = jena_client.post("/cms/einladungen/new/", {"employer": "", **person})
    both = jena_client.post(
        "/cms/einladungen/new/", {"employer": existing.pk, "new_employer": "Neu GmbH", **person}
    )
    duplicate = jena_client.post(
        "/cms/einladungen/new/", {"employer": "", "new_employer": "bäckerei alt", **person}
    )

    assert neither.status_code == both.status_code == duplicate.status_code == 200
    assert "Bitte einen Arbeitgeber wählen oder den Namen eines neuen eintragen" in (
        neither.content.decode()
    )
    assert "nicht beides" in both.content.decode()
    assert "Diesen Arbeitgeber gibt es schon: bitte oben auswählen." in (duplicate.content.decode())
    assert Employer.objects.count() == 1 and Invitation.objects.count() == 0
    assert mail.outbox == []
