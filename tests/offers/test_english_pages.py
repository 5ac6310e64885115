"""Offer pages under /en/: the company's English text, else German with a note (issue 20)."""

from django.db import connection
from django.utils import translation

from tests import factories


def _path(offer) -> str:
    with translation.override("en"):
        return offer.get_url()


def test_translated_offer_shows_its_english_text_on_the_english_page(jena, jena_client):
    offer = factories.offer(
        "Praktikum Softwareentwicklung",
        title_en="IT internship in software development",
        description_en="<p>You build a small web app.</p>",
    )
    path = _path(offer)
    connection.set_schema_to_public()

    body = jena_client.get(path).content.decode()

    assert path == f"/en/angebote/{offer.slug}/"
    assert "<h1>IT internship in software development</h1>" in body
    assert "You build a small web app." in body
    assert "How to apply" in body
    assert "So bewirbst du dich" not in body
    assert "This offer is only available in German." not in body


def test_german_only_offer_is_shown_in_german_with_a_note(jena, jena_client):
    offer = factories.offer("Ferienjob im Lager")
    path, german_path = _path(offer), offer.get_url()
    connection.set_schema_to_public()

    english = jena_client.get(path).content.decode()
    german = jena_client.get(german_path).content.decode()

    assert '<h1 lang="de">Ferienjob im Lager</h1>' in english
    assert "This offer is only available in German." in english
    assert "How to apply" in english
    assert "So bewirbst du dich" in german
    assert "This offer is only available in German." not in german


def test_english_offer_page_of_one_region_is_not_served_by_another(jena, weimar_client):
    offer = factories.offer("Praktikum Softwareentwicklung", title_en="IT internship")
    path = _path(offer)
    connection.set_schema_to_public()

    assert weimar_client.get(path).status_code == 404
