"""The interest check page: statements, scoring table, newest offers per field; no answer stored."""

import json
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import tenant_context

from einblick.pages.models import HomePage, InterestCheckPage
from einblick.pages.starter import build_starter_pages
from einblick.taxonomy.models import InterestQuestion, OccupationalField
from tests import factories

URL = "/fuer-schuelerinnen/interessen-check/"
WRITES = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.I)


def _scoring(html: str) -> dict:
    match = re.search(
        r'<script type="application/json" id="interest-scoring" nonce="[^"]+">(.*?)</script>',
        html,
        re.S,
    )
    return json.loads(match.group(1))


def _field_offer(field_slug, title, **kwargs):
    field = OccupationalField.objects.get(slug=field_slug)
    return factories.offer(title, occupational_fields=[field], **kwargs)


def test_starter_adds_the_check_below_the_pupils_page(jena, taxonomies):
    pages = build_starter_pages(HomePage.objects.get(), "Jena")
    check = pages["interessen-check"]
    assert isinstance(check, InterestCheckPage)
    assert check.get_parent().slug == "fuer-schuelerinnen"
    assert check.url == URL


def test_page_shows_every_statement_with_three_answers_and_the_scoring_table(
    jena, taxonomies, jena_client
):
    # given the starter pages
    build_starter_pages(HomePage.objects.get(), "Jena")
    connection.set_schema_to_public()
    # when a pupil opens the check
    response = jena_client.get(URL)
    # then every statement is a fieldset of three radio buttons, not a server form
    html = response.content.decode()
    assert response.status_code == 200
    questions = list(InterestQuestion.objects.active())
    assert len(questions) == 18
    assert html.count('<fieldset class="interest-question"') == 18
    assert html.count('type="radio"') == 54
    assert 'method="post"' not in html.lower() and "action=" not in html
    assert "data-interest-submit>Ergebnis zeigen</button>" in html
    # and the scoring table travels with the page, visible in <details> as well
    scoring = _scoring(html)
    assert scoring["answers"] == {"ja": 1.0, "teils": 0.5, "nein": 0.0}
    assert [q["slug"] for q in scoring["questions"]] == [q.slug for q in questions]
    assert scoring["questions"][2] == {
        "slug": "programmieren",
        "text": "Ich programmiere gern oder probiere neue Apps und Programme aus.",
        "weights": {"it-computer": 3, "technik-technologiefelder": 1, "medien": 1},
    }
    assert len(scoring["fields"]) == 16
    assert "<td>IT: 3, Medien: 1, Technik: 1</td>" in html


def test_result_carries_the_three_newest_public_offers_of_each_field(
    jena, weimar_region, taxonomies, jena_client
):
    # given four public IT offers, an IT draft and an IT offer in Weimar
    build_starter_pages(HomePage.objects.get(), "Jena")
    titles = [f"IT-Praktikum {n} (m/w/d)" for n in range(1, 5)]
    for title in titles:
        _field_offer("it-computer", title)
    _field_offer("it-computer", "IT-Entwurf (m/w/d)", live=False)
    _field_offer("elektro", "Elektro-Schnuppertag (m/w/d)")
    with tenant_context(weimar_region):
        _field_offer("it-computer", "IT in Weimar (m/w/d)")
    connection.set_schema_to_public()
    # when the check is shown
    html = jena_client.get(URL).content.decode()
    # then the IT section lists the three newest, newest first, and no draft or Weimar offer
    section = html.split('data-field="it-computer"')[1].split("</li>\n      \n")[0]
    shown = re.findall(r"IT-Praktikum \d \(m/w/d\)</a>", section)
    assert shown == [f"{t}</a>" for t in reversed(titles[1:])]
    assert "IT-Entwurf" not in html and "IT in Weimar" not in html
    assert "Elektro-Schnuppertag (m/w/d)" in html.split('data-field="elektro"')[1]
    assert 'href="/angebote/?berufsfeld=it-computer"' in section


def test_a_request_carrying_answers_writes_nothing_and_echoes_nothing(
    jena, taxonomies, jena_client
):
    # given the check page
    build_starter_pages(HomePage.objects.get(), "Jena")
    connection.set_schema_to_public()
    # when someone sends answers to the server anyway (GET and POST)
    with CaptureQueriesContext(connection) as queries:
        got = jena_client.get(URL, {"programmieren": "ja", "kuemmern": "teils"})
        posted = jena_client.post(URL, {"programmieren": "ja", "kuemmern": "teils"})
    # then nothing is written to the database and the answers are not in the page
    assert got.status_code == 200
    assert posted.status_code in (200, 405)
    assert [q["sql"] for q in queries.captured_queries if WRITES.match(q["sql"])] == []
    assert 'value="ja" required checked' not in got.content.decode()
    assert "checked" not in got.content.decode()


def test_weimar_has_its_own_check_without_jenas_offers(
    jena_region, weimar_region, taxonomies, weimar_client
):
    with tenant_context(jena_region):
        build_starter_pages(region_name="Jena")
        _field_offer("medien", "Mediengestaltung in Jena (m/w/d)")
    with tenant_context(weimar_region):
        build_starter_pages(region_name="Weimar")
    html = weimar_client.get(URL).content.decode()
    assert "in Weimar" in html
    assert "Mediengestaltung in Jena" not in html
