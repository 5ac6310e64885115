"""Merkliste: hearts carry region-qualified ids; the API resolves them per region schema
(available / expired / gone) and never reveals drafts; nothing sets a cookie."""

import datetime

from django.utils import timezone
from django_tenants.utils import tenant_context

from tenants.models import Region
from tests import factories


def _items(response) -> list[dict]:
    assert response.status_code == 200
    return response.json()["items"]


def test_api_answers_available_offer_with_link_to_its_region_host(jena, jena_client):
    # given a public offer in Jena
    offer = factories.offer("Praktikum Optik", employer_obj=factories.employer("Optik Nord"))
    # when the Merkliste asks for it
    items = _items(jena_client.get("/api/v1/merkliste/", {"ids": f"jena:offer:{offer.pk}"}))
    # then it comes back available, with title, employer and an absolute link
    assert len(items) == 1
    item = items[0]
    assert item["id"] == f"jena:offer:{offer.pk}"
    assert item["status"] == "available"
    assert item["title"] == "Praktikum Optik"
    assert item["region_name"] == "Jena"
    assert item["subtitle"].startswith("Optik Nord · ")
    assert item["url"] == "http://jena.localhost:8000/angebote/praktikum-optik/"


def test_api_marks_ended_offer_expired_and_draft_gone_without_title(jena, jena_client):
    # given an offer that ended yesterday, a draft and an id that never existed
    ended = factories.offer(
        "Ferienjob Sommer", end_date=timezone.localdate() - datetime.timedelta(days=1)
    )
    draft = factories.offer("Geheimer Entwurf", live=False)
    ids = f"jena:offer:{ended.pk},jena:offer:{draft.pk},jena:event:999999"
    # when the Merkliste asks for all three
    items = _items(jena_client.get("/api/v1/merkliste/", {"ids": ids}))
    # then the order is kept, the ended offer is expired with its title, the rest is gone
    assert [(i["id"], i["status"], i["title"], i["url"]) for i in items] == [
        (f"jena:offer:{ended.pk}", "expired", "Ferienjob Sommer", ""),
        (f"jena:offer:{draft.pk}", "gone", "", ""),
        ("jena:event:999999", "gone", "", ""),
    ]


def test_api_resolves_employers_and_events_past_event_expired(jena, jena_client):
    company = factories.employer("Glaswerk Jena", city="Jena")
    now = timezone.now()
    upcoming = factories.event("Tag der offenen Tür", start=now + datetime.timedelta(days=3))
    past = factories.event("Berufemesse", start=now - datetime.timedelta(days=3))
    ids = f"jena:employer:{company.pk},jena:event:{upcoming.pk},jena:event:{past.pk}"
    items = _items(jena_client.get("/api/v1/merkliste/", {"ids": ids}))
    assert [(i["kind"], i["status"], i["title"]) for i in items] == [
        ("employer", "available", "Glaswerk Jena"),
        ("event", "available", "Tag der offenen Tür"),
        ("event", "expired", "Berufemesse"),
    ]
    assert items[0]["subtitle"] == "Jena"


def test_portal_resolves_items_of_several_regions(jena_region, weimar_region, portal_client):
    # given a public offer in each region
    with tenant_context(jena_region):
        in_jena = factories.offer("Praktikum Jena")
    with tenant_context(weimar_region):
        in_weimar = factories.offer("Praktikum Weimar")
    # when the portal's Merkliste asks for both
    ids = f"weimar:offer:{in_weimar.pk},jena:offer:{in_jena.pk}"
    items = _items(portal_client.get("/api/v1/merkliste/", {"ids": ids}))
    # then each is read from its own region
    assert [(i["title"], i["region"]) for i in items] == [
        ("Praktikum Weimar", "weimar"),
        ("Praktikum Jena", "jena"),
    ]


def test_region_b_host_never_reveals_region_a_drafts(jena_region, weimar_client):
    # given a draft in Jena
    with tenant_context(jena_region):
        draft = factories.offer("Entwurf Jena", live=False)
    # when Weimar's Merkliste API is asked for it
    items = _items(weimar_client.get("/api/v1/merkliste/", {"ids": f"jena:offer:{draft.pk}"}))
    # then nothing about it is shown
    assert items == [{"id": f"jena:offer:{draft.pk}", "kind": "offer", "status": "gone",
                      "region": "", "region_name": "", "title": "", "url": "", "subtitle": "",
                      "label": ""}]  # fmt: skip


def test_inactive_region_items_are_gone(jena_region, portal_client):
    with tenant_context(jena_region):
        offer = factories.offer("Praktikum")
    Region.objects.filter(pk=jena_region.pk).update(is_active=False)
    items = _items(portal_client.get("/api/v1/merkliste/", {"ids": f"jena:offer:{offer.pk}"}))
    assert [i["status"] for i in items] == ["gone"]


def test_bad_ids_answer_400_naming_the_parameter(jena_client):
    response = jena_client.get("/api/v1/merkliste/", {"ids": "jena:offer:12,<script>"})
    assert response.status_code == 400
    assert response.json()["error"]["parameter"] == "ids"
    assert "„<script>“ ist keine gültige Merklisten-Kennung" in response.json()["error"]["message"]
    too_many = ",".join(f"jena:offer:{n}" for n in range(1, 102))
    assert jena_client.get("/api/v1/merkliste/", {"ids": too_many}).status_code == 400


def test_empty_ids_give_an_empty_list(jena_client):
    assert _items(jena_client.get("/api/v1/merkliste/")) == []


def test_merkliste_page_on_region_and_portal_sets_no_cookie(jena_client, portal_client):
    for client in (jena_client, portal_client):
        response = client.get("/merkliste/")
        assert response.status_code == 200
        assert response.cookies == {}
        body = response.content.decode()
        assert 'data-api="/api/v1/merkliste/"' in body
        assert "<h1>Merkliste</h1>" in body


def test_offer_card_and_detail_carry_a_heart_with_the_region_id(jena, jena_client):
    offer = factories.offer("Praktikum Optik")
    listing = jena_client.get("/angebote/").content.decode()
    detail = jena_client.get("/angebote/praktikum-optik/").content.decode()
    heart = f'data-fav="jena:offer:{offer.pk}" data-fav-title="Praktikum Optik"'
    assert heart in listing
    assert heart in detail
    assert "data-share " in detail
    assert 'href="/merkliste/"' in detail


def test_detail_pages_offer_plain_share_links_without_script(jena, jena_client):
    # given an offer page (the Web Share button needs JavaScript, these links do not)
    factories.offer("Praktikum Optik & Brillen")

    body = jena_client.get("/angebote/praktikum-optik-brillen/").content.decode()

    # then e-mail and messenger links carry the page's own address, nothing else is loaded
    url = "http%3A//jena.localhost/angebote/praktikum-optik-brillen/"
    assert (
        f'href="mailto:?subject=Praktikum%20Optik%20%26%20Brillen&amp;body=Praktikum%20Optik%20%26%20Brillen%20{url}"'
        in body
    )
    assert f'href="https://wa.me/?text=Praktikum%20Optik%20%26%20Brillen%20{url}"' in body
    assert (
        f'href="https://t.me/share/url?url={url}&amp;text=Praktikum%20Optik%20%26%20Brillen"'
        in body
    )
    assert '<script src="https://' not in body
