"""Feeds of the cross-region portal: offers (with the portal search's filters), events and
news of every active region; they validate as RSS 2.0 / Atom 1.0 and the portal pages
announce them."""

import datetime

import feedparser
from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.pages.models import HomePage, NewsIndexPage, NewsPage
from tests import factories


def _parse(response, version: str):
    assert response.status_code == 200, response.content[:300]
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == version
    return feed


def _titles(feed) -> list[str]:
    return sorted(entry.title for entry in feed.entries)


def _offers_in_both(jena_region, weimar_region, capture):
    with capture(execute=True):
        with tenant_context(jena_region):
            ferienjob = factories.offer_type("ferienjob", "Ferienjob")
            factories.offer("Ferienjob Saalepark", type_obj=ferienjob)
            factories.offer("Geheimer Entwurf", live=False)
        with tenant_context(weimar_region):
            factories.offer("Praktikum Orgelbau", employer_obj=factories.employer("Orgelbau AG"))


def test_portal_offer_feeds_list_public_offers_of_every_region(
    jena_region, weimar_region, portal_client, django_capture_on_commit_callbacks
):
    # given a public offer in each region and a draft
    _offers_in_both(jena_region, weimar_region, django_capture_on_commit_callbacks)
    # when both feeds are fetched on the portal host
    rss = _parse(portal_client.get("/feeds/angebote.rss"), "rss20")
    atom = _parse(portal_client.get("/feeds/angebote.atom"), "atom10")
    # then each lists both public offers with their region, linked to the region hosts
    titles = _titles(rss)
    assert titles[0].startswith("Ferienjob Saalepark – ") and titles[0].endswith(" (Jena)")
    assert titles[1] == "Praktikum Orgelbau – Orgelbau AG (Weimar)"
    assert len(rss.entries) == 2 and len(atom.entries) == 2
    assert rss.feed.title == "Angebote – Einblick Thüringen"
    links = sorted(entry.link for entry in rss.entries)
    assert links[0].startswith("http://jena.localhost:8000/angebote/")
    assert links[1].startswith("http://weimar.localhost:8000/angebote/")
    assert "Geheimer Entwurf" not in portal_client.get("/feeds/angebote.rss").content.decode()


def test_portal_offer_feed_takes_the_portal_search_filters(
    jena_region, weimar_region, portal_client, django_capture_on_commit_callbacks
):
    _offers_in_both(jena_region, weimar_region, django_capture_on_commit_callbacks)
    by_region = _parse(portal_client.get("/feeds/angebote.rss", {"region": "weimar"}), "rss20")
    assert [e.title.split(" – ")[0] for e in by_region.entries] == ["Praktikum Orgelbau"]
    by_type = _parse(portal_client.get("/feeds/angebote.atom", {"typ": "ferienjob"}), "atom10")
    assert [e.title.split(" – ")[0] for e in by_type.entries] == ["Ferienjob Saalepark"]
    assert by_type.feed.link == "http://localhost/suche/?typ=ferienjob&kind=offer"


def test_portal_feed_answers_a_broken_filter_with_400(portal_client):
    response = portal_client.get("/feeds/angebote.rss", {"region": "atlantis"})
    assert response.status_code == 400
    assert response.content.decode() == (
        "Ungültiger Filter – region: Die Region „atlantis“ gibt es nicht."
    )
    assert portal_client.get("/feeds/veranstaltungen.rss", {"umkreis": "x"}).status_code == 400


def test_portal_feeds_leave_out_deactivated_regions(
    jena_region, weimar_region, portal_client, django_capture_on_commit_callbacks
):
    _offers_in_both(jena_region, weimar_region, django_capture_on_commit_callbacks)
    weimar_region.is_active = False
    weimar_region.save(update_fields=["is_active"])
    from search.regions import forget

    forget()
    feed = _parse(portal_client.get("/feeds/angebote.rss"), "rss20")
    assert [e.title.split(" – ")[0] for e in feed.entries] == ["Ferienjob Saalepark"]


def test_portal_event_feeds_list_upcoming_events_of_every_region(
    jena_region, weimar_region, portal_client, django_capture_on_commit_callbacks
):
    soon = timezone.now() + datetime.timedelta(days=3)
    with django_capture_on_commit_callbacks(execute=True):
        with tenant_context(jena_region):
            factories.event("Berufemesse Jena", start=soon)
            factories.event("Entwurf Messe", start=soon, live=False)
        with tenant_context(weimar_region):
            factories.event("Tag der Ausbildung Weimar", start=soon)
    rss = _parse(portal_client.get("/feeds/veranstaltungen.rss"), "rss20")
    atom = _parse(portal_client.get("/feeds/veranstaltungen.atom"), "atom10")
    assert [t.split(" (")[0] for t in _titles(rss)] == [
        "Berufemesse Jena",
        "Tag der Ausbildung Weimar",
    ]
    assert len(atom.entries) == 2


def _news(region, title, live=True):
    with tenant_context(region):
        index = NewsIndexPage.objects.first()
        if index is None:
            index = HomePage.objects.get().add_child(instance=NewsIndexPage(title="Aktuelles"))
        page = index.add_child(instance=NewsPage(title=title, intro=f"Kurz: {title}", live=live))
        if live:
            page.save_revision().publish()


def test_portal_news_feeds_list_live_news_of_every_region(
    jena_region, weimar_region, portal_client
):
    _news(jena_region, "Neue Partnerschule Jena")
    _news(jena_region, "Noch geheim", live=False)
    _news(weimar_region, "Ferienjobmesse Weimar")
    rss = _parse(portal_client.get("/feeds/nachrichten.rss"), "rss20")
    atom = _parse(portal_client.get("/feeds/nachrichten.atom"), "atom10")
    assert _titles(rss) == ["Ferienjobmesse Weimar (Weimar)", "Neue Partnerschule Jena (Jena)"]
    assert _titles(atom) == _titles(rss)
    links = sorted(entry.link for entry in rss.entries)
    assert links == [
        "http://jena.localhost:8000/aktuelles/neue-partnerschule-jena/",
        "http://weimar.localhost:8000/aktuelles/ferienjobmesse-weimar/",
    ]


def test_portal_pages_announce_the_feeds(portal_client):
    home = portal_client.get("/").content.decode()
    assert 'type="application/rss+xml" title="Angebote aller Regionen als RSS-Feed" ' in home
    assert 'href="/feeds/nachrichten.rss"' in home
    assert 'href="/feeds/veranstaltungen.rss"' in home
    search = portal_client.get("/suche/", {"typ": "ferienjob"}).content.decode()
    assert 'href="/feeds/angebote.rss?typ=ferienjob"' in search
    assert 'href="/feeds/angebote.atom?typ=ferienjob"' in search
