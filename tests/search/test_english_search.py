"""English search (issue 20): English words find the German vocabulary and the companies'
English texts; /en/suche/ shows translated offers in English and German-only ones with a
note; the filter "English spoken" (?arbeitssprache=en) on the page and in the search API.

Real offers of Jena (shipped taxonomies, the shipped search lexicon), indexed by a region
rebuild into the PostgreSQL backend.
"""

import re

import pytest
from django_tenants.utils import tenant_context

from einblick.taxonomy.models import OccupationalField, OfferType
from search.rebuild import rebuild
from tests import factories


@pytest.fixture
def jena_offers(taxonomies, jena_region, weimar_region, settings):
    """Two IT internships (one translated, one German only), an English-speaking
    apprenticeship and a German-only holiday job in Jena; an English IT internship in
    Weimar."""
    settings.SEARCH_BACKEND = "postgres"
    internship = OfferType.objects.get(slug="studierendenpraktikum")
    apprenticeship = OfferType.objects.get(slug="ausbildungsplatz")
    holiday = OfferType.objects.get(slug="ferienjob")
    it = OccupationalField.objects.get(slug="it-computer")
    with tenant_context(jena_region):
        offers = {
            "translated": factories.offer(
                "Praktikum Softwareentwicklung",
                type_obj=internship,
                occupational_fields=[it],
                work_languages=["de", "en"],
                title_en="IT internship in software development",
                summary_en="Build a small web app with our developers.",
            ),
            "german": factories.offer(
                "Praktikum Systemadministration",
                type_obj=internship,
                occupational_fields=[it],
                work_languages=["de"],
            ),
            "apprenticeship": factories.offer(
                "Ausbildung Fachinformatiker:in",
                type_obj=apprenticeship,
                occupational_fields=[it],
                work_languages=["de", "en"],
            ),
            "holiday": factories.offer("Ferienjob im Lager", type_obj=holiday),
        }
        rebuild("jena")
    with tenant_context(weimar_region):
        factories.offer(
            "Praktikum Webentwicklung Weimar",
            type_obj=internship,
            occupational_fields=[it],
            work_languages=["en"],
            title_en="Web development internship in Weimar",
        )
        rebuild("weimar")
    return offers


def titles(html: str) -> list[str]:
    return re.findall(r'<h3><a href="[^"]*"(?: lang="de")?>([^<]+)</a></h3>', html)


def api(client, **params):
    response = client.get("/api/v1/search/", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_english_query_finds_it_internships_on_the_english_search_page(jena_offers, jena_client):
    # when an international student searches in English on /en/suche/
    response = jena_client.get("/en/suche/", {"q": "internship IT"})
    body = response.content.decode()
    # then both IT internships of Jena are found, the translated one in English
    assert response.status_code == 200
    assert sorted(titles(body)) == [
        "IT internship in software development",
        "Praktikum Systemadministration",
    ]
    # the translated offer links to its English page and shows its English summary
    translated = jena_offers["translated"]
    assert f'/en/angebote/{translated.slug}/">IT internship in software development' in body
    assert "Build a small web app with our developers." in body
    # the German-only offer is marked German and carries the note
    german = jena_offers["german"]
    assert f'/en/angebote/{german.slug}/" lang="de">Praktikum Systemadministration' in body
    assert body.count("This offer is only available in German.") == 1
    # the recognised phrase is named with the lexicon's English label, not the German one
    assert '<li>Internship <a href="' in body


def test_english_words_map_to_the_german_intents(jena_offers, jena_client):
    # "apprenticeship" means Ausbildung, "holiday job" Ferienjob
    assert titles(jena_client.get("/en/suche/", {"q": "apprenticeship"}).content.decode()) == [
        "Ausbildung Fachinformatiker:in"
    ]
    data = api(jena_client, q="holiday job")
    assert [r["title"] for r in data["results"]] == ["Ferienjob im Lager"]
    assert [i["slug"] for i in data["intents"]] == ["ferienjob"]


def test_the_company_english_text_is_searchable(jena_offers, jena_client):
    data = api(jena_client, q="web app developers")
    assert [r["title"] for r in data["results"]] == ["Praktikum Softwareentwicklung"]


def test_german_search_page_keeps_german_titles_and_no_note(jena_offers, jena_client):
    body = jena_client.get("/suche/", {"q": "Praktikum IT"}).content.decode()
    assert sorted(titles(body)) == [
        "Praktikum Softwareentwicklung",
        "Praktikum Systemadministration",
    ]
    assert "This offer is only available in German." not in body
    assert "Dieses Angebot gibt es nur auf Deutsch." not in body
    assert "/angebote/praktikum-softwareentwicklung/" in body and "/en/angebote/" not in body


def test_search_api_answers_in_english_when_asked(jena_offers, jena_client):
    # given the API with sprache=en
    data = api(jena_client, q="internship IT", sprache="en")
    # then translated offers come with their English title, the others in German
    by_title = {r["title"]: r for r in data["results"]}
    assert sorted(by_title) == [
        "IT internship in software development",
        "Praktikum Systemadministration",
    ]
    assert by_title["IT internship in software development"]["language"] == "en"
    assert by_title["Praktikum Systemadministration"]["language"] == "de"
    assert by_title["Praktikum Systemadministration"]["url"].endswith(
        f"/en/angebote/{jena_offers['german'].slug}/"
    )
    # without it: German titles and German URLs
    german = api(jena_client, q="internship IT")
    assert {r["language"] for r in german["results"]} == {"de"}
    assert "Praktikum Softwareentwicklung" in [r["title"] for r in german["results"]]


def test_search_api_refuses_an_unknown_language(jena_offers, jena_client):
    response = jena_client.get("/api/v1/search/", {"q": "IT", "sprache": "fr"})
    assert response.status_code == 400
    assert response.json()["error"]["parameter"] == "sprache"


def test_english_spoken_filter_in_the_search_api(jena_offers, jena_client):
    data = api(jena_client, q="IT", arbeitssprache="en")
    assert sorted(r["title"] for r in data["results"]) == [
        "Ausbildung Fachinformatiker:in",
        "Praktikum Softwareentwicklung",
    ]
    bad = jena_client.get("/api/v1/search/", {"q": "IT", "arbeitssprache": "english"})
    assert bad.status_code == 400
    assert bad.json()["error"]["parameter"] == "arbeitssprache"


def test_english_spoken_filter_on_the_search_page_with_its_chip(jena_offers, jena_client):
    # when the box "English spoken" is ticked on the English search page, without words
    body = jena_client.get("/en/suche/", {"arbeitssprache": "en"}).content.decode()
    # then only offers where English is spoken are listed
    assert sorted(titles(body)) == [
        "Ausbildung Fachinformatiker:in",
        "IT internship in software development",
    ]
    assert 'name="arbeitssprache" value="en" checked' in body
    assert '<label for="search-english-spoken">English spoken</label>' in body
    # and a chip removes the filter again
    assert 'aria-label="Remove the filter “English spoken”"' in body
    chip = re.search(r'<a href="(\?[^"]*)" aria-label="Remove the filter', body).group(1)
    assert "arbeitssprache" not in chip
    # the German page names it in German
    german = jena_client.get("/suche/", {"arbeitssprache": "en", "q": "IT"}).content.decode()
    assert "Englisch am Arbeitsplatz" in german
    assert 'aria-label="Filter „Englisch am Arbeitsplatz“ entfernen"' in german


def test_english_spoken_filter_reaches_the_alert_form(jena_offers, jena_client):
    body = jena_client.get("/suche/", {"q": "IT", "arbeitssprache": "en"}).content.decode()
    assert '<input type="hidden" name="arbeitssprache" value="en">' in body


def test_bad_language_code_on_the_search_page_is_a_400_with_a_message(jena_offers, jena_client):
    response = jena_client.get("/en/suche/", {"arbeitssprache": "<x>"})
    assert response.status_code == 400
    assert "kein Sprachkürzel" in response.content.decode()


def test_english_search_stays_in_its_region(jena_offers, jena_client, weimar_client):
    # Weimar's English internship is not found on Jena's page, Jena's not on Weimar's
    jena = titles(jena_client.get("/en/suche/", {"q": "internship"}).content.decode())
    weimar = titles(weimar_client.get("/en/suche/", {"q": "internship"}).content.decode())
    assert "Web development internship in Weimar" not in jena
    assert weimar == ["Web development internship in Weimar"]
    english_weimar = api(weimar_client, arbeitssprache="en")
    assert [r["title"] for r in english_weimar["results"]] == ["Praktikum Webentwicklung Weimar"]
