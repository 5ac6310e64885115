"""The embed builder in the region CMS: editors create embeds with live preview and get
the copy-paste code; company logins have no access; each region sees its own embeds."""

from django_tenants.utils import tenant_context

from einblick.reach.models import Embed
from tests import factories
from tests.adminkit.helpers import login

LIST = "/cms/snippets/reach/embed/"


def test_editor_creates_a_widget_and_gets_three_codes(jena, jena_client):
    # given a region editor and an offer type the region shows
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])
    ferienjob = factories.offer_type("ferienjob", "Ferienjob")
    # when the editor saves a widget for Ferienjobs
    response = jena_client.post(
        f"{LIST}add/",
        {
            "name": "Widget Gymnasium am Anger",
            "kind": "widget",
            "style": "marke",
            "title": "Ferienjobs in Jena",
            "size": "mittel",
            "target": "liste",
            "content": "angebote",
            "count": "5",
            "sort": "date",
            "offer_types": [ferienjob.pk],
        },
    )
    # then it exists with its preset, and the builder page shows preview and three codes
    assert response.status_code == 302, response.context["form"].errors
    embed = Embed.objects.get()
    assert embed.query() == {"typ": ["ferienjob"]}
    page = jena_client.get(f"/cms/einbettungen/{embed.pk}/code/")
    html = page.content.decode()
    assert page.status_code == 200
    assert [c.slug for c in page.context["codes"]] == ["skript", "iframe", "link"]
    frame = f"http://jena.localhost/einbetten/{embed.key}/"
    assert f'data-einblick-embed="{frame}"' in page.context["codes"][0].code
    assert f'src="{frame}"' in page.context["codes"][1].code
    assert f'href="http://jena.localhost/einbetten/{embed.key}/link/"' in (
        page.context["codes"][2].code
    )
    assert f'src="/einbetten/{embed.key}/"' in html  # live preview frame


def test_broken_town_is_a_form_error_on_its_field(jena, jena_client):
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])
    response = jena_client.post(
        f"{LIST}add/",
        {"name": "Widget", "kind": "widget", "style": "marke", "title": "X", "size": "mittel",
         "target": "liste", "content": "angebote", "count": "50", "sort": "date",
         "town": "Atlantis"},
    )  # fmt: skip
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["town"] == ["Den Ort „Atlantis“ kennen wir in dieser Region nicht."]
    assert "count" in errors
    assert Embed.objects.count() == 0


def test_company_login_cannot_open_embeds(jena, jena_client):
    company = factories.employer("Optik Nord GmbH")
    login(jena_client, jena, "firma", superuser=False, groups=["Unternehmen"], employer=company)
    embed = Embed.objects.create(name="Widget")

    assert jena_client.get(LIST).status_code in (302, 403)
    assert jena_client.get(f"/cms/einbettungen/{embed.pk}/code/").status_code in (302, 403)


def test_editor_lists_only_the_own_regions_embeds(jena_region, weimar_region, jena_client):
    with tenant_context(weimar_region):
        Embed.objects.create(name="Weimarer Widget")
    login(jena_client, jena_region, "redakteurin", superuser=False, groups=["Editors"])
    Embed.objects.create(name="Jenaer Widget")

    html = jena_client.get(LIST).content.decode()

    assert "Jenaer Widget" in html and "Weimarer Widget" not in html
