"""Editors invite company logins: mail with a one-time link, 'Passwort festlegen', login."""

import datetime as dt
import re

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from einblick.employers.models import EmployerMembership
from einblick.selfservice import invitations
from einblick.selfservice.models import Invitation
from tests import factories
from tests.adminkit.helpers import login
from tests.selfservice.helpers import ENGLISH_WORDS, forbidden_words, visible_text

ADD = "/cms/einladungen/new/"
GOOD_PASSWORD = "Hobelbank-im-Juni-42"


def _editor_invites(client, region, employer, email="chefin@tischlerei.example"):
    login(client, region, "redakteurin", superuser=False, groups=["Editors"])
    data = {"employer": employer.pk, "name": "Clara Hobel", "email": email}
    return client.post(ADD, data)


def _link_path(message) -> str:
    url = re.search(r"https?://\S+/unternehmen/einladung/\S+/", message.body).group(0)
    return "/" + url.split("/", 3)[3]


def test_editor_invites_a_contact_by_mail_with_a_one_time_link(jena, jena_client):
    # given an employer of the region
    employer = factories.employer("Tischlerei Hobel")

    # when an editor saves the invitation form
    response = _editor_invites(jena_client, jena, employer)

    # then one German mail (text + HTML) goes to the contact with the set-password link
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.employer, invitation.name) == (employer, "Clara Hobel")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["chefin@tischlerei.example"]
    assert message.subject == "Ihr Zugang zu Einblick Jena: Passwort festlegen"
    assert "„Tischlerei Hobel“" in message.body
    assert "Der Link gilt 7 Tage" in message.body
    html = message.alternatives[0].content
    assert "Passwort festlegen</a>" in html
    assert _link_path(message) in html


def test_link_sets_the_password_and_logs_in_as_the_company(jena, jena_client):
    # given an invitation mail
    employer = factories.employer("Tischlerei Hobel")
    _editor_invites(jena_client, jena, employer)
    jena_client.logout()
    path = _link_path(mail.outbox[0])

    # when the contact opens the link and sets a password
    page = jena_client.get(path)
    done = jena_client.post(path, {"new_password1": GOOD_PASSWORD, "new_password2": GOOD_PASSWORD})

    # then a German page asked for it, and the new login is linked and logged in
    assert page.status_code == 200
    html = page.content.decode()
    assert "Passwort festlegen" in html and "chefin@tischlerei.example" in html
    assert forbidden_words(html, ENGLISH_WORDS) == []
    assert done.status_code == 302 and done.url == reverse("wagtailadmin_home")
    membership = EmployerMembership.objects.get()
    assert (membership.user.username, membership.employer) == (
        "chefin@tischlerei.example",
        employer,
    )
    assert membership.user.check_password(GOOD_PASSWORD)
    dashboard = jena_client.get("/cms/").content.decode()
    assert "Willkommen, Tischlerei Hobel" in dashboard


def test_weak_password_is_a_german_form_error_and_creates_nothing(jena, jena_client):
    employer = factories.employer("Tischlerei Hobel")
    _editor_invites(jena_client, jena, employer)
    jena_client.logout()
    path = _link_path(mail.outbox[0])

    response = jena_client.post(path, {"new_password1": "abc", "new_password2": "abc"})

    assert response.status_code == 200
    text = visible_text(response.content.decode())
    assert "Dieses Passwort ist zu kurz. Es muss mindestens 8 Zeichen enthalten." in text
    assert EmployerMembership.objects.count() == 0


def test_used_forged_and_expired_links_get_clear_german_pages(jena, jena_client):
    # given one used invitation and one expired one
    employer = factories.employer("Tischlerei Hobel")
    _editor_invites(jena_client, jena, employer)
    _editor_invites(jena_client, jena, employer, email="azubi@tischlerei.example")
    jena_client.logout()
    used, expired = _link_path(mail.outbox[0]), _link_path(mail.outbox[1])
    jena_client.post(used, {"new_password1": GOOD_PASSWORD, "new_password2": GOOD_PASSWORD})
    jena_client.logout()
    Invitation.objects.filter(email="azubi@tischlerei.example").update(
        expires_at=timezone.now() - dt.timedelta(minutes=1)
    )

    # when each link is opened, and a forged one
    answers = {
        name: jena_client.get(path)
        for name, path in [("used", used), ("expired", expired), ("forged", used[:-5] + "xxxx/")]
    }

    # then each gets its own status and German explanation, never a form
    assert {name: r.status_code for name, r in answers.items()} == {
        "used": 410,
        "expired": 410,
        "forged": 404,
    }
    assert "bereits verwendet" in answers["used"].content.decode()
    assert "abgelaufen" in answers["expired"].content.decode()
    assert "ungültig" in answers["forged"].content.decode()
    assert all("new_password1" not in r.content.decode() for r in answers.values())


def test_reinvite_sends_a_new_link_and_the_old_one_stops_working(jena, jena_client):
    # given an expired invitation
    employer = factories.employer("Tischlerei Hobel")
    _editor_invites(jena_client, jena, employer)
    invitation = Invitation.objects.get()
    Invitation.objects.update(expires_at=timezone.now() - dt.timedelta(days=1))
    old = _link_path(mail.outbox[0])

    # when the editor confirms "Erneut einladen"
    confirm = jena_client.get(reverse("einladungen:resend", args=[invitation.pk]))
    response = jena_client.post(reverse("einladungen:resend", args=[invitation.pk]))

    # then a second mail carries a new link valid for 7 days; the old one is refused
    assert confirm.status_code == 200 and "Erneut einladen" in confirm.content.decode()
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    new = _link_path(mail.outbox[1])
    jena_client.logout()
    assert jena_client.get(old).status_code == 404
    assert jena_client.get(new).status_code == 200
    invitation.refresh_from_db()
    assert invitation.expires_at > timezone.now() + dt.timedelta(days=6)


def test_invitation_form_refuses_an_address_that_has_a_login(jena, jena_client):
    employer = factories.employer("Tischlerei Hobel")
    factories.user("chefin@tischlerei.example")

    response = _editor_invites(jena_client, jena, employer)

    assert response.status_code == 200
    assert "Für diese E-Mail-Adresse gibt es bereits einen Zugang." in response.content.decode()
    assert Invitation.objects.count() == 0
    assert mail.outbox == []


def test_a_jena_link_is_refused_in_weimar(jena, jena_client, weimar_client):
    employer = factories.employer("Tischlerei Hobel")
    _editor_invites(jena_client, jena, employer)
    path = _link_path(mail.outbox[0])

    response = weimar_client.get(path)

    assert response.status_code == 404
    assert "ungültig" in response.content.decode()


def test_weimar_editors_do_not_see_jena_invitations(jena, jena_client, weimar_region):
    # given an invitation in Jena
    _editor_invites(jena_client, jena, factories.employer("Tischlerei Hobel"))
    jena_client.logout()

    # when a Weimar editor lists the invitations
    from tests.conftest import host_client

    weimar_client = host_client("weimar.localhost")
    login(weimar_client, weimar_region, "redaktion-weimar", superuser=False, groups=["Editors"])
    html = weimar_client.get("/cms/einladungen/").content.decode()

    # then Jena's invitation is not there
    assert "chefin@tischlerei.example" not in html


def test_company_logins_cannot_invite(jena, jena_client):
    own = factories.employer("Tischlerei Eigen")
    login(jena_client, jena, "firma-a", superuser=False, employer=own)

    listing = jena_client.get("/cms/einladungen/")
    add = jena_client.post(ADD, {"employer": own.pk, "name": "X Y", "email": "x@example.org"})

    assert listing.status_code == 302  # Wagtail's "no permission" redirect to the dashboard
    assert add.status_code == 302
    assert Invitation.objects.count() == 0
    assert mail.outbox == []


def test_employer_listing_offers_zugang_einladen(jena, jena_client):
    employer = factories.employer("Tischlerei Hobel")
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    html = jena_client.get("/cms/snippets/employers/employer/").content.decode()
    form = jena_client.get(f"{ADD}?arbeitgeber={employer.pk}").content.decode()

    assert "Zugang einladen" in html
    assert f'<option value="{employer.pk}" selected>Tischlerei Hobel</option>' in form


def test_invite_api_link_is_signed_for_the_region(jena):
    employer = factories.employer("Tischlerei Hobel")
    invitation = invitations.invite(employer, "a@example.org", "A B")

    assert invitations.read_token(invitations.make_token(invitation)) == invitation


def test_retention_purges_old_invitations_and_lists_them(jena):
    # given an invitation accepted 31 days ago, one expired 91 days ago and a fresh one
    from einblick.core import retention

    employer = factories.employer("Tischlerei Hobel")
    now = timezone.now()
    for email, accepted, expires in [
        ("alt@example.org", now - dt.timedelta(days=31), now),
        ("verfallen@example.org", None, now - dt.timedelta(days=91)),
        ("frisch@example.org", None, now + dt.timedelta(days=7)),
    ]:
        Invitation.objects.create(
            employer=employer, email=email, name="A B", accepted_at=accepted, expires_at=expires
        )

    # when the registered purger runs
    purger = {p.key: p for p in retention.purgers()}["selfservice.invitations"]
    deleted = purger.purge(now)

    # then only the fresh one is left
    assert deleted == 2
    assert list(Invitation.objects.values_list("email", flat=True)) == ["frisch@example.org"]
