"""Embeds of the cross-region portal: created in the platform admin with preset filters over
all regions (incl. region), served on the portal host through the region embeds' views,
counted per embed, day and referring host only (public schema); never in a region CMS."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import tenant_context

from einblick.insights.flush import flush
from einblick.insights.public.models import PublicDailyCount
from einblick.reach.models import Embed
from einblick.reach.portal.models import PortalEmbed
from tests import factories
from tests.adminkit.helpers import login
from tests.reach.conftest import BROWSER_UA

WRITES = ("INSERT", "UPDATE", "DELETE")
LIST = "/cms/snippets/reach_portal/portalembed/"


def _offers(jena_region, weimar_region, capture) -> None:
    with capture(execute=True):
        with tenant_context(jena_region):
            factories.offer("Ferienjob Saalepark")
        with tenant_context(weimar_region):
            factories.offer("Praktikum Orgelbau")
            factories.offer("Praktikum Entwurf", live=False)


def _portal_widget(**fields) -> PortalEmbed:
    connection.set_schema_to_public()
    regions = fields.pop("regions", [])
    embed = PortalEmbed.objects.create(name="Widget Landesportal", **fields)
    embed.regions.set(regions)
    embed.save()  # parental many-to-many: written on save
    return embed


def test_platform_admin_creates_a_portal_widget_and_gets_three_codes(weimar_region, portal_client):
    # given a platform administrator on the portal host
    login(portal_client, None, "plattform")
    weimar = weimar_region
    # when a widget over Weimar is saved
    response = portal_client.post(
        f"{LIST}add/",
        {"name": "Widget Landesgymnasium", "kind": "widget", "style": "marke",
         "title": "Praktika in Weimar", "size": "mittel", "target": "liste",
         "content": "angebote", "count": "5", "sort": "date", "regions": [weimar.pk]},
    )  # fmt: skip
    # then it exists with its preset, and the builder page shows preview and three codes
    assert response.status_code == 302, response.context["form"].errors
    embed = PortalEmbed.objects.get()
    assert embed.query() == {"region": ["weimar"]}
    page = portal_client.get(f"/cms/portal-einbettungen/{embed.pk}/code/")
    assert page.status_code == 200
    codes = page.context["codes"]
    assert [c.slug for c in codes] == ["skript", "iframe", "link"]
    assert f'data-einblick-embed="http://localhost/einbetten/{embed.key}/"' in codes[0].code
    assert f'href="http://localhost/einbetten/{embed.key}/link/"' in codes[2].code
    assert f'src="/einbetten/{embed.key}/"' in page.content.decode()  # live preview


def test_portal_widget_lists_the_preset_regions_offers_through_counted_links(
    jena_region, weimar_region, portal_client, django_capture_on_commit_callbacks
):
    # given public offers in both regions and a portal widget preset to Weimar
    _offers(jena_region, weimar_region, django_capture_on_commit_callbacks)
    embed = _portal_widget(regions=[weimar_region])
    # when a school's page shows the frame
    response = portal_client.get(
        f"/einbetten/{embed.key}/", {"von": "gymnasium.example"}, HTTP_USER_AGENT=BROWSER_UA
    )
    # then only Weimar's public offer is listed, linked through the portal's click route
    assert response.status_code == 200
    hits = [hit for hit, _ in response.context["offers"]]
    assert [(h.title, h.region) for h in hits] == [("Praktikum Orgelbau", "weimar")]
    click = f"/einbetten/{embed.key}/angebot/{hits[0].key}/?von=gymnasium.example"
    html = response.content.decode()
    assert f'href="{click}"' in html and "Ferienjob Saalepark" not in html
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert "X-Frame-Options" not in response
    assert response.cookies == {}


def test_portal_widget_without_region_preset_lists_every_region(
    jena_region, weimar_region, portal_client, django_capture_on_commit_callbacks
):
    _offers(jena_region, weimar_region, django_capture_on_commit_callbacks)
    embed = _portal_widget()
    response = portal_client.get(f"/einbetten/{embed.key}/", HTTP_USER_AGENT=BROWSER_UA)
    assert sorted(h.region for h, _ in response.context["offers"]) == ["jena", "weimar"]


def test_portal_click_leads_to_the_region_page_and_counts_per_host_after_the_flush(
    jena_region, weimar_region, portal_client, spool, django_capture_on_commit_callbacks
):
    _offers(jena_region, weimar_region, django_capture_on_commit_callbacks)
    embed = _portal_widget(regions=[weimar_region])
    with CaptureQueriesContext(connection) as queries:
        shown = portal_client.get(
            f"/einbetten/{embed.key}/", {"von": "gymnasium.example"}, HTTP_USER_AGENT=BROWSER_UA
        )
        hit = shown.context["offers"][0][0]
        clicked = portal_client.get(
            f"/einbetten/{embed.key}/angebot/{hit.key}/",
            {"von": "gymnasium.example"},
            HTTP_USER_AGENT=BROWSER_UA,
        )
    # then the click leads to the offer on Weimar's host; nothing is written in the requests
    assert clicked.status_code == 302
    assert clicked["Location"].startswith("http://weimar.localhost:8000/angebote/")
    assert clicked.cookies == {}
    assert [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)] == []
    # and the flush counts one impression and one click for the embed and host only
    assert flush() == {"public": 2}
    connection.set_schema_to_public()
    rows = PublicDailyCount.objects.values_list("kind", "subject_id", "key", "count")
    assert sorted(rows) == [
        ("embed_click", embed.pk, "gymnasium.example", 1),
        ("embed_view", embed.pk, "gymnasium.example", 1),
    ]


def test_portal_click_route_refuses_unknown_or_foreign_targets(
    jena_region, weimar_region, portal_client, django_capture_on_commit_callbacks
):
    _offers(jena_region, weimar_region, django_capture_on_commit_callbacks)
    embed = _portal_widget()
    base = f"/einbetten/{embed.key}"
    assert portal_client.get(f"{base}/angebot/weimar:offer:999999/").status_code == 404
    assert portal_client.get(f"{base}/angebot/atlantis:offer:1/").status_code == 404
    assert portal_client.get(f"{base}/angebot/https:%2F%2Fevil.example/").status_code == 404
    weimar_region.is_active = False
    weimar_region.save(update_fields=["is_active"])
    from search.regions import forget

    forget()
    response = portal_client.get(f"{base}/", HTTP_USER_AGENT=BROWSER_UA)
    assert [h.region for h, _ in response.context["offers"]] == ["jena"]


def test_portal_and_region_embeds_stay_on_their_hosts_and_admins(
    jena_region, jena_client, portal_client
):
    # given a portal embed and a Jena embed
    portal_embed = _portal_widget()
    with tenant_context(jena_region):
        region_embed = Embed.objects.create(name="Jenaer Widget")
    # then neither key is served on the other host
    assert jena_client.get(f"/einbetten/{portal_embed.key}/").status_code == 404
    assert portal_client.get(f"/einbetten/{region_embed.key}/").status_code == 404
    # and a Jena superuser cannot list, edit or build the portal's embeds in the region CMS
    login(jena_client, jena_region, "jena-root")
    assert jena_client.get(LIST).status_code in (302, 403, 404)
    assert jena_client.get(f"{LIST}edit/{portal_embed.pk}/").status_code in (302, 403, 404)
    code = jena_client.get(f"/cms/portal-einbettungen/{portal_embed.pk}/code/")
    assert code.status_code == 404
    # and the platform admin cannot open the region's embed builder
    login(portal_client, None, "plattform")
    assert portal_client.get(f"/cms/einbettungen/{region_embed.pk}/code/").status_code == 404


def test_portal_embed_listing_shows_counts(db, portal_client):
    import datetime

    embed = _portal_widget()
    today = datetime.date.today()
    PublicDailyCount.objects.create(
        day=today, kind="embed_view", subject_type="host", subject_id=embed.pk,
        key="gymnasium.example", count=7,
    )  # fmt: skip
    login(portal_client, None, "plattform")
    listing = portal_client.get(LIST)
    assert listing.status_code == 200
    assert listing.context["object_list"][0].views == 7
    page = portal_client.get(f"/cms/portal-einbettungen/{embed.pk}/code/")
    assert page.context["hosts"] == [("gymnasium.example", 7, 0)]
