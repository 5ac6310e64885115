"""German normalisation, compounds and query building; Python and SQL must agree."""

import pytest
from django.db import connection

from search import text
from search.backends.es_index import synonym_rules

SAMPLES = [
    "Bäcker", "Baecker", "BÄCKEREI", "Fachangestellte:r", "Schüler*innen", "Kauffrau/-mann",
    "Elektroniker_in", "Straße", "Feuerwehr", "Bauer", "Müller", "Muenchen", "Queue",
    "Kfz-Mechatroniker:in (m/w/d)", "Café", "Gärtner/in", "Ärztin", "Aerztin", "Öko",
]  # fmt: skip


def test_python_and_sql_normalisation_agree(db):
    with connection.cursor() as cur:
        for sample in SAMPLES:
            cur.execute("SELECT public.einblick_search_norm(%s)", [sample])
            assert cur.fetchone()[0] == text.normalize(sample), sample


@pytest.mark.parametrize(
    "word, expected",
    [
        ("Bäcker", "backer"),
        ("Baecker", "backer"),
        ("Fachangestellte:r", "fachangestellte"),
        ("Schüler*innen", "schuler"),
        ("Straße", "strasse"),
        ("Feuerwehr", "feuerwehr"),  # ue after a vowel is not an umlaut
        ("Bauer", "bauer"),
    ],
)
def test_normalize(word, expected):
    assert text.normalize(word) == expected


@pytest.mark.parametrize(
    "word, parts",
    [
        ("ausbildungsplatz", ("ausbildung", "platz")),
        ("praktikumsstelle", ("praktikum", "stelle")),
        ("krankenhaus", ("kranken", "haus")),
        ("ausbildungsplatze", ("ausbildung", "platz")),
        ("elektroniker", None),
        ("mechatroniker", None),
    ],
)
def test_split_compound(word, parts):
    assert text.split_compound(word) == parts


def test_query_groups_expand_synonyms_and_weak_compound_heads():
    synonyms = text.synonym_map(["Lehre, Ausbildung", "KFZ, Kraftfahrzeug"])
    groups = text.query_groups("Ausbildungsplatz KFZ", synonyms)
    assert groups == [
        [("ausbildungsplatz",), ("ausbildung", "platz"), ("ausbildung",), ("lehre",)],
        [("kfz",), ("kraftfahrzeug",)],
    ]
    assert text.tsquery_text(groups) == (
        "('ausbildungsplatz':* | ('ausbildung':* & 'platz') | 'ausbildung':* | 'lehre')"
        " & ('kfz':* | 'kraftfahrzeug':*)"
    )


def test_multi_word_synonym_matches_as_a_phrase():
    synonyms = text.synonym_map(["Arzthelfer, Medizinische:r Fachangestellte:r"])
    groups = text.query_groups("medizinische fachangestellte jena", synonyms)
    assert groups[0] == [("medizinische", "fachangestellte"), ("arzthelfer",)]
    assert groups[1] == [("jena",)]


def test_query_text_cannot_inject_tsquery_syntax():
    groups = text.query_groups("ab' | !bc & (cd:*)", {})
    assert text.tsquery_text(groups) == "('ab') & ('bc') & ('cd')"


def test_single_letters_are_ignored_so_full_titles_match():
    groups = text.query_groups("Ausbildung Koch/Köchin (m/w/d)", {})
    assert text.tsquery_text(groups) == "('ausbildung':*) & ('koch':*) & ('kochin':*)"


def test_elasticsearch_synonym_rules_drop_gender_suffixes():
    # a definition check (no server involved): what is sent to the Synonyms API
    assert synonym_rules(["Azubi, Auszubildende:r", "nur ein Begriff"]) == [
        {"id": "rule-1", "synonyms": "azubi, auszubildende"}
    ]
