"""RSS and Atom feeds of offers (with the list filters), events and news; drafts and other
regions never appear; broken filters get a 400."""

import datetime

import feedparser
from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.pages.models import HomePage, NewsIndexPage, NewsPage
from tests import factories


def _parse(response, version: str):
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == version
    return feed


def _titles(feed) -> list[str]:
    return [entry.title for entry in feed.entries]


def test_offer_feeds_validate_as_rss_and_atom_and_list_public_offers(jena, jena_client):
    # given a public offer and a draft
    company = factories.employer("Optik Nord GmbH")
    factories.offer("Praktikum Optik", employer_obj=company)
    factories.offer("Entwurf Praktikum", employer_obj=company, live=False)
    # when both feeds are fetched
    rss = _parse(jena_client.get("/feeds/angebote.rss"), "rss20")
    atom = _parse(jena_client.get("/feeds/angebote.atom"), "atom10")
    # then each lists the public offer only, linked to its detail page
    assert rss.feed.title == "Angebote – Jena"
    assert _titles(rss) == ["Praktikum Optik – Optik Nord GmbH"]
    assert _titles(atom) == ["Praktikum Optik – Optik Nord GmbH"]
    assert rss.entries[0].link == "http://jena.localhost/angebote/praktikum-optik/"
    assert atom.entries[0].link == "http://jena.localhost/angebote/praktikum-optik/"


def test_offer_feed_takes_the_list_filters(jena, jena_client):
    ferienjob = factories.offer_type("ferienjob", "Ferienjob")
    factories.offer("Ferienjob Lager (m/w/d)", type_obj=ferienjob)
    factories.offer("Praktikum Büro")
    feed = _parse(jena_client.get("/feeds/angebote.rss", {"typ": "ferienjob"}), "rss20")
    assert [t.split(" – ")[0] for t in _titles(feed)] == ["Ferienjob Lager (m/w/d)"]
    assert feed.feed.link == "http://jena.localhost/angebote/?typ=ferienjob"


def test_offer_feed_answers_a_broken_filter_with_400(jena, jena_client):
    response = jena_client.get("/feeds/angebote.rss", {"typ": "gibt-es-nicht", "von": "gestern"})
    assert response.status_code == 400
    body = response.content.decode()
    assert body.startswith("Ungültiger Filter – ")
    assert "typ:" in body and "von:" in body


def test_offer_feed_never_shows_another_regions_offers(jena_region, weimar_region, jena_client):
    with tenant_context(weimar_region):
        factories.offer("Ferienjob Weimar (m/w/d)")
    with tenant_context(jena_region):
        factories.offer("Ferienjob Jena (m/w/d)")
        feed = _parse(jena_client.get("/feeds/angebote.rss"), "rss20")
    assert [t.split(" – ")[0] for t in _titles(feed)] == ["Ferienjob Jena (m/w/d)"]


def test_event_feeds_list_upcoming_public_events(jena, jena_client):
    soon = timezone.now() + datetime.timedelta(days=3)
    factories.event("Berufemesse", start=soon)
    factories.event("Entwurf Messe", start=soon, live=False)
    factories.event("Vorbei", start=timezone.now() - datetime.timedelta(days=3))
    rss = _parse(jena_client.get("/feeds/veranstaltungen.rss"), "rss20")
    atom = _parse(jena_client.get("/feeds/veranstaltungen.atom"), "atom10")
    assert [t.split(" (")[0] for t in _titles(rss)] == ["Berufemesse"]
    assert [t.split(" (")[0] for t in _titles(atom)] == ["Berufemesse"]


def test_news_feeds_list_live_news_pages_only(jena, jena_client):
    index = NewsIndexPage.objects.first()
    if index is None:
        index = HomePage.objects.get().add_child(instance=NewsIndexPage(title="Aktuelles"))
    news = index.add_child(instance=NewsPage(title="Neue Partnerschule", intro="Kurz"))
    news.save_revision().publish()
    index.add_child(instance=NewsPage(title="Noch geheim", live=False))
    rss = _parse(jena_client.get("/feeds/nachrichten.rss"), "rss20")
    atom = _parse(jena_client.get("/feeds/nachrichten.atom"), "atom10")
    assert _titles(rss) == ["Neue Partnerschule"]
    assert _titles(atom) == ["Neue Partnerschule"]
    assert rss.entries[0].summary == "Kurz"


def test_offer_list_announces_its_feeds_with_the_current_filters(jena, jena_client):
    factories.offer_type("ferienjob", "Ferienjob")
    body = jena_client.get("/angebote/", {"typ": "ferienjob"}).content.decode()
    assert (
        'type="application/rss+xml" title="Angebote als RSS-Feed" href="/feeds/angebote.rss?typ=ferienjob"'
        in body
    )
    assert 'href="/feeds/angebote.atom?typ=ferienjob"' in body
