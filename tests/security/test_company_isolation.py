"""A company login sees only its own objects in choosers, images, the admin API and reports.

Reproduces the findings of the outside probe: choosers listed and returned other
companies' drafts and every company login, site history showed the whole region and the
image chooser/admin API listed every image of the region.
"""

import json

from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from tests import factories
from tests.adminkit.helpers import login

CHOOSE = "/cms/snippets/choose"


def _two_companies(client, region):
    """Company login "firma-a" for employer A; employer B with a draft offer."""
    from django.db import connection

    connection.set_tenant(region)
    own = factories.employer("Tischlerei Eigen")
    other = factories.employer("Bäckerei Fremd")
    login(client, region, "firma-a", superuser=False, employer=own)
    own_offer = factories.offer("Praktikum Eigen", employer_obj=own)
    draft = factories.offer("Ferienjob Fremd", employer_obj=other, live=False)
    return own, other, own_offer, draft


def _png(name):
    return SimpleUploadedFile(name, get_test_image_file().file.getvalue(), "image/png")


def _listed(response) -> str:
    return json.loads(response.content)["html"]


def test_company_choosers_list_only_own_objects(jena_region, jena_client):
    own, other, own_offer, draft = _two_companies(jena_client, jena_region)

    offers = _listed(jena_client.get(f"{CHOOSE}/offers/offer/"))
    offer_results = jena_client.get(f"{CHOOSE}/offers/offer/results/?q=Ferienjob").content
    employers = _listed(jena_client.get(f"{CHOOSE}/employers/employer/"))

    assert "Praktikum Eigen" in offers and "Ferienjob Fremd" not in offers
    assert "Ferienjob Fremd" not in offer_results.decode()
    assert "Tischlerei Eigen" in employers and "Bäckerei Fremd" not in employers


def test_company_cannot_pick_foreign_objects_by_id(jena_region, jena_client):
    own, other, own_offer, draft = _two_companies(jena_client, jena_region)

    statuses = [
        jena_client.get(f"{CHOOSE}/offers/offer/chosen/{own_offer.pk}/").status_code,
        jena_client.get(f"{CHOOSE}/offers/offer/chosen/{draft.pk}/").status_code,
        jena_client.get(f"{CHOOSE}/employers/employer/chosen/{other.pk}/").status_code,
    ]
    multiple = jena_client.get(
        f"{CHOOSE}/offers/offer/chosen-multiple/?id={own_offer.pk}&id={draft.pk}"
    )

    assert statuses == [200, 404, 404]
    assert [item["id"] for item in json.loads(multiple.content)["result"]] == [str(own_offer.pk)]


def test_company_login_chooser_is_refused_to_companies(jena_region, jena_client):
    _two_companies(jena_client, jena_region)

    responses = [
        jena_client.get(f"{CHOOSE}/employers/employermembership/"),
        jena_client.get(f"{CHOOSE}/employers/employermembership/results/"),
    ]

    assert [r.status_code for r in responses] == [302, 302]  # Wagtail's "no permission"
    assert all(r.url == "/cms/" for r in responses)


def test_company_event_chooser_lists_only_own_events(jena_region, jena_client):
    own, other, own_offer, draft = _two_companies(jena_client, jena_region)
    factories.event("Tag der offenen Werkstatt", organiser=own)
    factories.event("Backstube Schnuppertag", organiser=other, live=False)
    factories.event("Ausbildungsmesse der Region")

    events = _listed(jena_client.get(f"{CHOOSE}/events/event/"))

    assert "Tag der offenen Werkstatt" in events
    assert "Backstube Schnuppertag" not in events
    assert "Ausbildungsmesse der Region" not in events


def test_company_event_chooser_search_finds_only_own_events(jena_region, jena_client):
    own, other, _, _ = _two_companies(jena_client, jena_region)
    factories.event("Werkstatttag Eigen", organiser=own)
    factories.event("Werkstatttag Fremd", organiser=other, live=False)
    factories.event("Werkstatttag der Region")

    response = jena_client.get(f"{CHOOSE}/events/event/results/?q=Werkstatttag")

    assert response.status_code == 200
    found = response.content.decode()
    assert "Werkstatttag Eigen" in found
    assert "Werkstatttag Fremd" not in found and "Werkstatttag der Region" not in found


def test_region_editor_chooses_every_object_of_the_region(jena, jena_client):
    factories.offer("Praktikum A", employer_obj=factories.employer("A"))
    factories.offer("Ferienjob B", employer_obj=factories.employer("B"), live=False)
    login(jena_client, jena, "redaktion", superuser=False, groups=["Editors"])

    offers = _listed(jena_client.get(f"{CHOOSE}/offers/offer/"))
    logins = jena_client.get(f"{CHOOSE}/employers/employermembership/")

    assert "Praktikum A" in offers and "Ferienjob B" in offers
    assert logins.status_code == 200


def test_offer_filter_lists_only_the_companys_own_employer(jena_region, jena_client):
    _two_companies(jena_client, jena_region)

    response = jena_client.get("/cms/snippets/offers/offer/")
    choices = [
        label for _value, label in response.context["filters"].form["employer"].field.choices
    ]

    assert "Tischlerei Eigen" in choices and "Bäckerei Fremd" not in choices


def test_site_history_is_hidden_from_companies_but_not_from_editors(jena_region, jena_client):
    own, other, own_offer, draft = _two_companies(jena_client, jena_region)
    draft.save_revision(log_action=True)

    company_report = jena_client.get("/cms/reports/site-history/")
    company_results = jena_client.get("/cms/reports/site-history/results/")
    menu = jena_client.get("/cms/").content.decode()
    login(jena_client, jena_region, "redaktion", superuser=False, groups=["Editors"])
    editor_report = jena_client.get("/cms/reports/site-history/")

    assert company_report.status_code == 403
    assert company_results.status_code == 403
    assert "/cms/reports/site-history/" not in menu
    assert editor_report.status_code == 200
    assert "Ferienjob Fremd" in editor_report.content.decode()


def test_company_images_live_in_the_companys_own_collection(jena_region, jena_client):
    own, other, *_ = _two_companies(jena_client, jena_region)
    editor_image = Image.objects.create(title="Redaktionsbild", file=get_test_image_file())
    upload = jena_client.post(
        "/cms/images/chooser/create/",
        {"image-chooser-upload-title": "Werkstatt", "image-chooser-upload-file": _png("w.png")},
    )
    own_image = Image.objects.get(title="Werkstatt")

    listed = _listed(jena_client.get("/cms/images/chooser/"))
    api = json.loads(jena_client.get("/cms/api/main/images/").content)
    picked = jena_client.get(f"/cms/images/chooser/chosen/{editor_image.pk}/")

    assert upload.status_code == 200
    assert own_image.collection.name == f"Unternehmen: Tischlerei Eigen (#{own.pk})"
    assert own_image.collection.get_parent() == Collection.get_first_root_node()
    assert "Werkstatt" in listed and "Redaktionsbild" not in listed
    assert [item["title"] for item in api["items"]] == ["Werkstatt"]
    assert picked.status_code == 404


def test_admin_api_lists_every_image_for_region_editors(jena, jena_client):
    Image.objects.create(title="Redaktionsbild", file=get_test_image_file())
    login(jena_client, jena, "redaktion", superuser=False, groups=["Editors"])

    api = json.loads(jena_client.get("/cms/api/main/images/").content)

    assert [item["title"] for item in api["items"]] == ["Redaktionsbild"]


def test_existing_company_logins_move_to_their_own_collection(jena):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupCollectionPermission

    from einblick.employers.company_access import sync_company_groups
    from einblick.employers.models import EmployerMembership

    # given: the state before the migration (image rights on the root collection)
    employer = factories.employer("Tischlerei Eigen")
    user = get_user_model().objects.create_user("firma-alt", password="pw-12345678")
    EmployerMembership.objects.bulk_create([EmployerMembership(user=user, employer=employer)])
    shared, _ = Group.objects.get_or_create(name="Unternehmen")
    user.groups.add(shared)
    GroupCollectionPermission.objects.create(
        group=shared,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(codename="choose_image"),
    )

    sync_company_groups()

    assert not GroupCollectionPermission.objects.filter(group=shared).exists()
    assert sorted(user.groups.values_list("name", flat=True)) == [
        "Unternehmen",
        f"Unternehmen #{employer.pk}",
    ]
    own = GroupCollectionPermission.objects.filter(group__name=f"Unternehmen #{employer.pk}")
    assert {p.collection.name for p in own} == {f"Unternehmen: Tischlerei Eigen (#{employer.pk})"}
