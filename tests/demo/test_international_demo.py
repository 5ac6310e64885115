"""The demo's international section (issue 20): Jena has the guide with at least eight
steps, two best-practice stories linked to demo employers, twelve contacts on its directory
page; demo offers carry languages and Jena offers English translations."""

import datetime
import re

from django_tenants.utils import tenant_context

from einblick.demo.management.commands.load_demo_content import load_region
from einblick.international.models import (
    BestPracticeStoryPage,
    ContactDirectoryPage,
    InternationalGuidePage,
)
from einblick.offers.models import Offer
from einblick.pages.models import HomePage

TODAY = datetime.date(2026, 11, 21)


def test_jena_demo_has_guide_stories_contacts_and_english_offers(
    taxonomies, jena_region, jena_client
):
    # given the Jena demo (small scale), loaded twice (idempotent)
    load_region(jena_region, index=False, scale=0.3, today=TODAY)
    load_region(jena_region, index=False, scale=0.3, today=TODAY)
    with tenant_context(jena_region):
        guide = InternationalGuidePage.objects.live().get(locale__language_code="de")
        stories = BestPracticeStoryPage.objects.live().order_by("title")
        directory = ContactDirectoryPage.objects.live().get(locale__language_code="de")
        english = Offer.objects.exclude(title_en="")
        english_spoken = Offer.objects.filter(work_languages__contains=["en"])
        # then
        assert len(guide.steps) >= 8
        assert len(guide.glossary) >= 8
        assert [s.title for s in stories] == [
            "Mit der Blauen Karte ins Team",
            "Verstärkung aus Brasilien für die Pflege",
        ]
        assert all(s.employer is not None and s.employer.live for s in stories)
        assert english.count() == 15
        assert english_spoken.count() == 19
        assert english.filter(title_en__startswith="IT internship").exists()
        guide_url, directory_url = guide.url, directory.url
    assert len(jena_client.get(directory_url).context["contacts"]) == 12
    assert jena_client.get(guide_url).status_code == 200


def test_weimar_demo_contacts_stay_in_weimar(taxonomies, jena_region, weimar_region, weimar_client):
    load_region(jena_region, index=False, scale=0.3, today=TODAY)
    load_region(weimar_region, index=False, scale=0.3, today=TODAY)
    with tenant_context(weimar_region):
        url = ContactDirectoryPage.objects.live().get(locale__language_code="de").url
    names = [c.name for c in weimar_client.get(url).context["contacts"]]
    assert names == ["Migrationsberatung Weimar", "Sprachcafé Weimar", "Team Aufenthalt"]


def test_demo_has_english_home_companies_page_and_guide(taxonomies, jena_region, jena_client):
    # given the Jena demo, loaded twice (idempotent: one translation each)
    load_region(jena_region, index=False, scale=0.3, today=TODAY)
    load_region(jena_region, index=False, scale=0.3, today=TODAY)
    with tenant_context(jena_region):
        guides = InternationalGuidePage.objects.live().order_by("locale__language_code")
        homes = HomePage.objects.live().order_by("locale__language_code")
        assert [p.locale.language_code for p in guides] == ["de", "en"]
        assert [p.locale.language_code for p in homes] == ["de", "en"]
        english_guide = guides[1]
        assert english_guide.title == "Recruiting skilled workers from abroad"
        assert len(english_guide.steps) == 10
        assert english_guide.translation_key == guides[0].translation_key
        guide_url = english_guide.url
    # when an international visitor opens the English pages
    home = jena_client.get("/en/").content.decode()
    guide = jena_client.get(guide_url).content.decode()
    companies = jena_client.get("/en/fuer-unternehmen/").content.decode()
    # then they read English pages without the page's "only in German" note
    assert guide_url == "/en/fuer-unternehmen/fachkraefte-international/"
    assert "Find your way into work in Jena" in home
    assert "Define the need and describe the job" in guide
    assert "For companies" in companies
    page_note = '<p class="container language-note" role="note">'
    for body in (home, guide, companies):
        assert page_note not in body
    # and the guide's German-only stories are marked German, each with the note
    assert guide.count('<p class="language-note" role="note">') == guide.count('<h3 lang="de">')
    # the English main menu names every page in English
    menu = re.findall(r'class="site-nav__link[^"]*" href="(/en/[^"]*)"[^>]*>([^<]+)</a>', home)
    assert [title for _, title in menu] == [
        "Offers", "Employers", "Events", "For pupils", "For parents", "For schools",
        "For companies", "News",
    ]  # fmt: skip
    # the English guide leads to the English contacts directory with all twelve contacts
    directory = re.search(r'href="(/en/[^"]*/ansprechpartner/)"', guide).group(1)
    response = jena_client.get(directory)
    assert "<h1>Local contacts</h1>" in response.content.decode()
    assert len(response.context["contacts"]) == 12
    news = jena_client.get("/en/aktuelles/").content.decode()
    assert "Summer holiday jobs are online now" in news
    # and the German pages stay German
    german = jena_client.get("/fuer-unternehmen/fachkraefte-international/").content.decode()
    assert "Fachkräfte aus dem Ausland gewinnen" in german
    assert "Define the need" not in german


def test_english_demo_pages_stay_in_their_region(taxonomies, jena_region, weimar_client):
    load_region(jena_region, index=False, scale=0.3, today=TODAY)
    assert "Find your way into work in Jena" not in weimar_client.get("/en/").content.decode()
