"""Query understanding with the shipped lexicon (no database): intents, families, typos."""

import json
from pathlib import Path

import pytest

from search import lexicon as lexicon_module
from search import spelling, text
from search.understanding import understand

DATA = Path(__file__).resolve().parents[2] / "platform/einblick/taxonomy/data/search_lexicon.json"


@pytest.fixture(scope="module")
def shipped():
    entries = json.loads(DATA.read_text(encoding="utf-8"))["entries"]
    lex = lexicon_module.build(entries)
    return lex, lex.synonym_map()


def test_everyday_phrases_become_intents_with_a_shared_offer_type(shipped):
    plan = understand("Taschengeld in den Osterferien", *shipped)
    assert [i.slug for i in plan.intents] == ["geld-verdienen", "osterferien"]
    assert [i.phrase for i in plan.intents] == ["Taschengeld", "in den Osterferien"]
    assert plan.groups == ()
    assert plan.type_filter() == ["ferienjob"]
    assert plan.type_weights()["ferienjob"] == 2


def test_intents_without_a_common_type_allow_any_of_their_types(shipped):
    plan = understand("nach dem Abi reinschnuppern", *shipped)
    assert [i.slug for i in plan.intents] == ["nach-dem-abi", "reinschnuppern"]
    assert plan.type_filter() == [
        "ausbildungsplatz", "berufseinstieg", "duales-studium", "schnuppertag",
        "schuelerpraktikum", "tag-der-offenen-tuer",
    ]  # fmt: skip
    assert plan.relaxed().type_filter() == []


def test_plural_of_an_intent_phrase_and_function_words(shipped):
    plan = understand("Ferienjobs für unsere Schulklassen", *shipped)
    assert [i.slug for i in plan.intents] == ["ferienjob", "schulklasse"]
    assert plan.groups == ()


def test_family_words_find_each_other_but_members_not_the_umbrella(shipped):
    plan = understand("was mit Autos", *shipped)
    (group,) = plan.groups
    assert group.word == "Autos"
    assert {("kfz",), ("kraftfahrzeug",), ("auto",)} <= set(group.alternatives)

    (tischler,) = understand("Tischler", *shipped).groups
    assert ("schreiner",) in tischler.alternatives
    assert ("backer",) not in tischler.alternatives

    (handwerk,) = understand("Handwerk", *shipped).groups
    assert {("tischler",), ("backer",), ("elektroniker",)} <= set(handwerk.alternatives)


def test_expansions_match_short_words_exactly_the_typed_word_by_prefix():
    groups = [[("tischler",), ("holz",), ("schreinerei",)]]
    assert text.tsquery_text(groups) == "('tischler':* | 'holz' | 'schreinerei':*)"
    assert text.tsquery_text([[("koch",)], [("kuche",)]], any_group=True) == (
        "('koch':*) | ('kuche':*)"
    )


@pytest.mark.parametrize(
    ("typed", "known", "distance"),
    [
        ("elektirker", "elektriker", 1),  # swapped letters
        ("garnter", "gartner", 1),  # Gärnter / Gärtner after umlaut folding
        ("frisur", "friseur", 1),  # "Frisuer" normalises to frisur
        ("mechatroniler", "mechatroniker", 1),
        ("kauffmann", "kaufmann", 1),  # doubled letter
    ],
)
def test_damerau_levenshtein_counts_a_swap_once(typed, known, distance):
    assert spelling.distance(typed, known) == distance


def test_best_correction_prefers_the_nearest_word_and_the_umlaut_spelling():
    candidates = [
        spelling.Candidate("gartner", "Gaertner", 0.33),
        spelling.Candidate("gartner", "Gärtner", 0.0),
        spelling.Candidate("garten", "Garten", 0.4),
    ]
    assert spelling.best("garnter", candidates).display == "Gärtner"
    assert spelling.best("fisiotherapie", [spelling.Candidate("physiotherapie", "Physio")])
    assert spelling.best("koch", [spelling.Candidate("loch", "Loch")]).display == "Loch"
    assert spelling.best("ab", [spelling.Candidate("an", "an")]) is None
    assert spelling.best("astronaut", [spelling.Candidate("gastronomie", "Gastronomie")]) is None


def test_lexicon_gives_elasticsearch_equivalent_and_narrower_rules(shipped):
    lex, _ = shipped
    lines = lex.synonym_lines()
    handwerk = next(line for line in lines if line.startswith("handwerk,"))
    left, right = handwerk.split(" => ")
    assert "tischler" not in left.split(", ")
    assert "tischler" in right.split(", ")
    assert any(line.startswith("tischler, tischlerin, schreiner") for line in lines)
