"""Impressions and click-throughs of embeds: spooled in the request (no database write),
counted per embed and referring host by the flush, shown in the CMS; never across regions."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.insights.flush import flush
from einblick.insights.models import DailyCount
from einblick.reach.models import Embed
from tests import factories
from tests.adminkit.helpers import login
from tests.reach.conftest import BROWSER_UA

WRITES = ("INSERT", "UPDATE", "DELETE")


def _rows():
    return sorted(
        DailyCount.objects.values_list("kind", "subject_type", "subject_id", "key", "count")
    )


def test_impression_and_click_count_per_embed_and_host_after_the_flush(jena, jena_client, spool):
    # given a widget and a public offer
    embed = Embed.objects.create(name="Widget Gymnasium")
    offer = factories.offer("Praktikum Optik")
    # when a school's page shows the widget and a visitor clicks the offer
    with CaptureQueriesContext(connection) as queries:
        shown = jena_client.get(
            f"/einbetten/{embed.key}/", {"von": "gymnasium.example"}, HTTP_USER_AGENT=BROWSER_UA
        )
        clicked = jena_client.get(
            f"/einbetten/{embed.key}/angebot/{offer.pk}/",
            {"von": "gymnasium.example"},
            HTTP_USER_AGENT=BROWSER_UA,
        )
    # then nothing is written in the requests, and the flush counts one of each
    assert (shown.status_code, clicked.status_code) == (200, 302)
    assert [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)] == []
    assert DailyCount.objects.count() == 0
    assert flush() == {"jena": 2}
    assert _rows() == [
        ("embed_click", "host", embed.pk, "gymnasium.example", 1),
        ("embed_view", "host", embed.pk, "gymnasium.example", 1),
    ]


def test_the_plain_link_counts_the_referring_host(jena, jena_client, spool):
    embed = Embed.objects.create(name="Link Handwerkskammer", kind="button", target="portal")

    response = jena_client.get(
        f"/einbetten/{embed.key}/link/",
        HTTP_USER_AGENT=BROWSER_UA,
        HTTP_REFERER="https://www.hwk.example/ausbildung/?kind=3",
    )
    flush()

    assert response["Location"] == "/"
    assert _rows() == [("embed_click", "host", embed.pk, "www.hwk.example", 1)]


def test_bots_and_logged_in_editors_are_not_counted(jena, jena_client, spool):
    embed = Embed.objects.create(name="Widget")
    jena_client.get(f"/einbetten/{embed.key}/", HTTP_USER_AGENT="Googlebot/2.1")
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])
    jena_client.get(f"/einbetten/{embed.key}/", HTTP_USER_AGENT=BROWSER_UA)

    assert flush() == {}
    assert DailyCount.objects.count() == 0


def test_dashboard_and_embed_listing_show_the_counts(jena, jena_client):
    embed = Embed.objects.create(name="Widget Gymnasium")
    today = timezone.localdate()
    factories.daily_count(today, "embed_view", "host", embed.pk, "gymnasium.example", 7)
    factories.daily_count(today, "embed_click", "host", embed.pk, "gymnasium.example", 2)
    factories.daily_count(today, "embed_view", "host", embed.pk, "regelschule.example", 3)
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    dashboard = jena_client.get("/cms/kennzahlen/")
    listing = jena_client.get("/cms/snippets/reach/embed/")
    builder = jena_client.get(f"/cms/einbettungen/{embed.pk}/code/")

    schools = next(t for t, _ in dashboard.context["tables"] if t.slug == "schulen")
    assert schools.title == "Erreichte Schulen: 2 einbindende Websites"
    assert schools.rows == [["gymnasium.example", 7, 2], ["regelschule.example", 3, 0]]
    listed = next(iter(listing.context["object_list"]))
    assert (listed.views, listed.clicks) == (10, 2)
    assert builder.context["hosts"] == [("gymnasium.example", 7, 2), ("regelschule.example", 3, 0)]


def test_counts_of_one_region_never_show_in_another(jena_region, weimar_region, weimar_client):
    with tenant_context(jena_region):
        embed = Embed.objects.create(name="Widget Jena")
        factories.daily_count(timezone.localdate(), "embed_view", "host", embed.pk, "jena.example")
    login(weimar_client, weimar_region, "redakteurin", superuser=False, groups=["Editors"])

    dashboard = weimar_client.get("/cms/kennzahlen/")

    schools = next(t for t, _ in dashboard.context["tables"] if t.slug == "schulen")
    assert schools.rows == []
    assert "jena.example" not in dashboard.content.decode()
