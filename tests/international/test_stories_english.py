"""Best-practice stories in the page's language (issue 20): an English page lists a story's
English translation where there is one, else the German story marked German with the note;
a German page lists the German stories only."""

import re

from django.db import connection
from django.utils import translation
from wagtail.models import Locale

from tenants.language import url_in_language
from tests import factories

from . import helpers

NOTE = '<p class="language-note" role="note">This page is only available in German.</p>'


def _translate(story, title):
    english = story.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.title = title
    english.intro = "How a nurse from Brazil joined us."
    english.save_revision().publish()
    return english


def _stories(jena):
    """A translated and a German-only story of one employer, below the guide."""
    employer = factories.employer("Pflegedienst Saale")
    guide = helpers.guide()
    translated = helpers.story(guide, "Pflege mit Herz", employer)
    _translate(translated, "Caring with heart")
    helpers.story(guide, "Backen mit Welt", employer)
    with translation.override("en"):
        employer_url = employer.get_url()
    # the German guide under /en/ (its English copy made for the story is a draft)
    english_urls = {"guide": url_in_language(guide.get_url(), "en"), "employer": employer_url}
    return guide, employer, english_urls


def test_english_guide_lists_english_stories_else_german_ones_with_the_note(jena, jena_client):
    guide, _employer, english_urls = _stories(jena)
    german_path = guide.get_url()
    connection.set_schema_to_public()

    english = jena_client.get(english_urls["guide"]).content.decode()
    german = jena_client.get(german_path).content.decode()

    # English: the translation, and the German-only story marked German, at its /en/ address
    assert '<h3><a href="/en/' in english and ">Caring with heart</a></h3>" in english
    assert "How a nurse from Brazil joined us." in english
    assert "Pflege mit Herz" not in english
    assert re.search(r'<h3 lang="de"><a href="/en/[^"]+">Backen mit Welt</a></h3>', english)
    assert english.count(NOTE) == 1
    # German: the German stories only, no note
    assert "Pflege mit Herz" in german and "Backen mit Welt" in german
    assert "Caring with heart" not in german
    assert "This page is only available in German." not in german


def test_employer_profile_lists_each_story_once_in_the_page_language(jena, jena_client):
    _guide, employer, english_urls = _stories(jena)
    german_path = employer.get_url()
    connection.set_schema_to_public()

    english = jena_client.get(english_urls["employer"]).content.decode()
    german = jena_client.get(german_path).content.decode()

    assert ">Caring with heart</a></li>" in english
    assert re.search(
        r'<a href="/en/[^"]+" lang="de">Backen mit Welt</a>' + re.escape(NOTE), english
    )
    assert "Pflege mit Herz" not in english
    assert ">Pflege mit Herz</a></li>" in german and ">Backen mit Welt</a></li>" in german
    assert "Caring with heart" not in german


def test_detail_pages_have_exactly_one_description(jena, jena_client):
    event = factories.event("Infoabend Fachkräfte international")
    offer = factories.offer("Ferienjob im Lager")
    paths = [event.get_url(), offer.get_url(), offer.employer.get_url()]
    with translation.override("en"):
        paths.append(event.get_url())
    connection.set_schema_to_public()

    for path in paths:
        body = jena_client.get(path).content.decode()
        assert body.count('<meta name="description"') == 1, path
