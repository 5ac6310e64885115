"""Company logins keep their own profile current and cannot touch other employers."""

from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client

from einblick.employers.models import Employer
from einblick.offers.models import Offer
from tests import factories
from tests.adminkit.helpers import form_data, login

EMPLOYERS = "/cms/snippets/employers/employer/"
OFFERS = "/cms/snippets/offers/offer/"


def _company_login(client, region):
    connection.set_tenant(region)
    own = factories.employer("Tischlerei Eigen")
    other = factories.employer("Bäckerei Fremd")
    login(client, region, "firma-a", superuser=False, employer=own)
    return own, other


def test_membership_puts_the_login_into_the_company_group(jena, jena_client):
    login(jena_client, jena, "firma-a", superuser=False, employer=factories.employer())

    group = Group.objects.get(name="Unternehmen")

    assert list(group.user_set.values_list("username", flat=True)) == ["firma-a"]


def test_company_login_lists_only_its_own_employer_and_offers(jena_region, jena_client):
    own, other = _company_login(jena_client, jena_region)
    factories.offer("Praktikum Eigen", employer_obj=own)
    factories.offer("Praktikum Fremd", employer_obj=other)

    employers = jena_client.get(EMPLOYERS).context["object_list"]
    offers = jena_client.get(OFFERS).context["object_list"]

    assert [e.name for e in employers] == ["Tischlerei Eigen"]
    assert [o.title for o in offers] == ["Praktikum Eigen"]


def test_company_a_cannot_open_or_change_company_b(jena_region, jena_client):
    own, other = _company_login(jena_client, jena_region)
    foreign_offer = factories.offer("Praktikum Fremd", employer_obj=other)

    responses = [
        jena_client.get(f"{EMPLOYERS}edit/{other.pk}/"),
        jena_client.post(f"{EMPLOYERS}edit/{other.pk}/", {"name": "Gekapert"}),
        jena_client.get(f"{EMPLOYERS}history/{other.pk}/"),
        jena_client.get(f"{OFFERS}edit/{foreign_offer.pk}/"),
        jena_client.post(f"{OFFERS}delete/{foreign_offer.pk}/"),
        jena_client.post(f"/cms/bulk/offers/offer/unpublish/?id={foreign_offer.pk}"),
    ]

    # Wagtail answers a refused admin view with a redirect to the dashboard.
    assert [(r.status_code, r.url) for r in responses[:5]] == [(302, "/cms/")] * 5
    other.refresh_from_db()
    foreign_offer.refresh_from_db()
    assert other.name == "Bäckerei Fremd"
    assert foreign_offer.live is True
    assert Offer.objects.filter(pk=foreign_offer.pk).exists()


def test_company_edits_its_profile_as_a_draft_for_the_editors(jena_region, jena_client):
    own, _other = _company_login(jena_client, jena_region)
    own.save_revision().publish()

    page = jena_client.get(f"{EMPLOYERS}edit/{own.pk}/")
    data = form_data(page.context["form"], name="Tischlerei Eigen & Söhne")
    response = jena_client.post(f"{EMPLOYERS}edit/{own.pk}/", data)

    assert response.status_code == 302
    own.refresh_from_db()
    assert own.name == "Tischlerei Eigen"  # live version unchanged until an editor publishes
    assert own.has_unpublished_changes is True
    assert own.latest_revision.content["name"] == "Tischlerei Eigen & Söhne"


def test_company_cannot_create_offers_for_other_employers(jena_region, jena_client):
    own, other = _company_login(jena_client, jena_region)
    praktikum = factories.offer_type()

    form = jena_client.get(f"{OFFERS}add/?offer_type={praktikum.pk}").context["form"]

    assert list(form.fields["employer"].queryset) == [own]
    response = jena_client.post(
        f"{OFFERS}add/",
        {
            "title": "Praktikum Fremdfirma",
            "offer_type": praktikum.pk,
            "employer": other.pk,
            "period_kind": "on_request",
        },
    )
    assert response.status_code == 200  # form error, nothing saved
    assert not Offer.objects.filter(title="Praktikum Fremdfirma").exists()


def test_editors_still_see_every_employer(jena, jena_client):
    factories.employer("Tischlerei Eigen")
    factories.employer("Bäckerei Fremd")
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    names = {e.name for e in jena_client.get(EMPLOYERS).context["object_list"]}

    assert names == {"Tischlerei Eigen", "Bäckerei Fremd"}


def test_company_login_of_jena_does_not_exist_in_weimar(jena_region, weimar_region, jena_client):
    _company_login(jena_client, jena_region)
    connection.set_tenant(weimar_region)
    weimar_employer = factories.employer("Weimarer Firma")
    weimar_client = Client(HTTP_HOST="weimar.localhost")
    weimar_client.cookies = jena_client.cookies

    response = weimar_client.get(f"{EMPLOYERS}edit/{weimar_employer.pk}/")

    assert response.status_code == 302  # not logged in there: redirect to the login
    assert Employer.objects.filter(name="Weimarer Firma").exists()
