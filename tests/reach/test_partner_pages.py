"""Partner pages /partner/<slug>/: created in the region CMS with their own preset filters,
logo (with alt text) and short text; they list the region's matching public offers and
events only, answer 404 for unknown slugs, and stay inside their region."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_tenants.utils import tenant_context
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from einblick.reach.models import Partner
from tests import factories
from tests.adminkit.helpers import login

LIST = "/cms/snippets/reach/partner/"


def _partner(**kwargs) -> Partner:
    partner = Partner.objects.create(
        name="Gymnasium am Anger", slug="gymnasium-am-anger", intro="Unsere Praktika.", **kwargs
    )
    return partner


def test_partner_page_lists_the_offers_of_its_presets_under_logo_and_text(jena, jena_client):
    # given two offer types, public offers of both, a draft, and a partner for Ferienjobs
    ferienjob = factories.offer_type("ferienjob", "Ferienjob")
    factories.offer("Ferienjob Saalepark", type_obj=ferienjob)
    factories.offer("Ferienjob Entwurf", type_obj=ferienjob, live=False)
    factories.offer("Praktikum Büro")
    logo = Image.objects.create(title="Logo", file=get_test_image_file("logo.png"))
    partner = _partner(logo=logo, logo_alt="Logo des Gymnasiums am Anger")
    partner.offer_types.set([ferienjob])
    partner.save()
    # when the partner page is opened
    response = jena_client.get("/partner/gymnasium-am-anger/")
    # then it shows logo, text and only the matching public offer
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Gymnasium am Anger</h1>" in html
    assert "Unsere Praktika." in html
    assert 'alt="Logo des Gymnasiums am Anger"' in html
    assert [o.title for o in response.context["offers"]] == ["Ferienjob Saalepark"]
    assert "Praktikum Büro" not in html and "Ferienjob Entwurf" not in html
    assert 'href="/angebote/?typ=ferienjob"' in html


def test_partner_page_lists_events_of_its_kind(jena, jena_client):
    soon = timezone.now() + datetime.timedelta(days=4)
    factories.event("Ausbildungsmesse Jena", start=soon, kind="ausbildungsmesse")
    factories.event("Elternabend", start=soon, kind="elternabend")
    _partner(content="veranstaltungen", event_kind="ausbildungsmesse")
    response = jena_client.get("/partner/gymnasium-am-anger/")
    assert [e.title for e in response.context["events"]] == ["Ausbildungsmesse Jena"]
    assert response.context["offers"] == []


def test_unknown_partner_slug_is_404(jena, jena_client):
    assert jena_client.get("/partner/gibt-es-nicht/").status_code == 404


def test_a_logo_needs_its_alt_text(jena):
    logo = Image.objects.create(title="Logo", file=get_test_image_file("logo.png"))
    partner = Partner(name="Kammer", slug="kammer", logo=logo)
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    assert error.value.message_dict["logo_alt"] == [
        "Bitte beschreiben Sie das Logo in einem kurzen Satz."
    ]


def test_partner_page_never_shows_another_regions_offers_or_partners(
    jena_region, weimar_region, jena_client, weimar_client
):
    # given the same partner slug in Jena only, and offers in both regions
    with tenant_context(weimar_region):
        factories.offer("Praktikum Weimar")
    with tenant_context(jena_region):
        factories.offer("Praktikum Jena")
        _partner()
        # when Jena's partner page is opened, it lists Jena's offer only
        offers = jena_client.get("/partner/gymnasium-am-anger/").context["offers"]
    assert [o.title for o in offers] == ["Praktikum Jena"]
    # and the slug does not exist on Weimar's host
    assert weimar_client.get("/partner/gymnasium-am-anger/").status_code == 404


def test_editor_creates_a_partner_page_and_another_regions_editor_cannot_edit_it(
    jena_region, weimar_region, jena_client, weimar_client
):
    # given a Jena editor who creates a partner page in the CMS
    login(jena_client, jena_region, "redakteurin", superuser=False, groups=["Editors"])
    response = jena_client.post(
        f"{LIST}add/",
        {"name": "Handwerkskammer", "slug": "handwerkskammer", "intro": "Handwerk erleben.",
         "content": "angebote", "count": "12", "sort": "date"},
    )  # fmt: skip
    assert response.status_code == 302, response.context["form"].errors
    partner = Partner.objects.get()
    assert jena_client.get("/partner/handwerkskammer/").status_code == 200
    # when Weimar's editor opens and posts to the same edit URL on the Weimar host
    login(weimar_client, weimar_region, "weimar-red", superuser=False, groups=["Editors"])
    edit = f"{LIST}edit/{partner.pk}/"
    assert weimar_client.get(edit).status_code == 404
    weimar_client.post(edit, {"name": "Übernommen", "slug": "handwerkskammer", "count": "5"})
    # then Jena's partner page is unchanged and Weimar has none
    assert Partner.objects.count() == 0
    with tenant_context(jena_region):
        assert Partner.objects.get().name == "Handwerkskammer"


def test_region_sitemap_lists_partner_pages(jena, jena_client):
    _partner()
    body = jena_client.get("/sitemap.xml").content.decode()
    assert "<loc>http://jena.localhost/partner/gymnasium-am-anger/</loc>" in body
