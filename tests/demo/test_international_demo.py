"""The demo's international section (issue 20): Jena has the guide with at least eight
steps, two best-practice stories linked to demo employers, twelve contacts on its directory
page; demo offers carry languages and Jena offers English translations."""

import datetime

from django_tenants.utils import tenant_context

from einblick.demo.management.commands.load_demo_content import load_region
from einblick.international.models import (
    BestPracticeStoryPage,
    ContactDirectoryPage,
    InternationalGuidePage,
)
from einblick.offers.models import Offer

TODAY = datetime.date(2026, 11, 21)


def test_jena_demo_has_guide_stories_contacts_and_english_offers(
    taxonomies, jena_region, jena_client
):
    # given the Jena demo (small scale), loaded twice (idempotent)
    load_region(jena_region, index=False, scale=0.3, today=TODAY)
    load_region(jena_region, index=False, scale=0.3, today=TODAY)
    with tenant_context(jena_region):
        guide = InternationalGuidePage.objects.live().get()
        stories = BestPracticeStoryPage.objects.live().order_by("title")
        directory = ContactDirectoryPage.objects.live().get()
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
        url = ContactDirectoryPage.objects.live().get().url
    names = [c.name for c in weimar_client.get(url).context["contacts"]]
    assert names == ["Migrationsberatung Weimar", "Sprachcafé Weimar", "Team Aufenthalt"]
