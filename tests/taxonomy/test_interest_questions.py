"""The interest check's statements and scoring table (taxonomy `interest_questions.json`)."""

import json
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from einblick.taxonomy.loader import TaxonomyDataError, load_taxonomies
from einblick.taxonomy.models import InterestQuestion

DATA = Path(__file__).resolve().parents[2] / "platform" / "einblick" / "taxonomy" / "data"


def _entries(name):
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))["entries"]


def test_there_are_twelve_to_twenty_statements_in_every_topic():
    entries = _entries("interest_questions")
    topics = {key for key, _ in InterestQuestion._meta.get_field("topic").choices}
    assert 12 <= len(entries) <= 20
    assert {e["topic"] for e in entries} == topics
    assert all(len(e["name"]) <= 90 for e in entries)


def test_every_weight_names_a_berufsfeld_with_one_to_three_points():
    fields = {e["slug"] for e in _entries("occupational_fields")}
    for entry in _entries("interest_questions"):
        assert entry["weights"], entry["slug"]
        assert set(entry["weights"]) <= fields, entry["slug"]
        assert all(type(p) is int and 1 <= p <= 3 for p in entry["weights"].values())


def test_every_one_of_the_sixteen_berufsfelder_can_reach_at_least_five_points():
    reachable = {e["slug"]: 0 for e in _entries("occupational_fields")}
    for entry in _entries("interest_questions"):
        for slug, points in entry["weights"].items():
            reachable[slug] += points
    assert len(reachable) == 16
    assert {slug: p for slug, p in reachable.items() if p < 5} == {}


def test_loader_loads_the_statements_into_the_public_schema(db):
    report = load_taxonomies()
    assert len(report.created["interest_questions"]) == len(_entries("interest_questions"))
    question = InterestQuestion.objects.get(slug="programmieren")
    assert question.weights == {"it-computer": 3, "technik-technologiefelder": 1, "medien": 1}
    assert question.get_topic_display() == "Was du gern machst"


def test_loader_rejects_a_weight_for_an_unknown_berufsfeld(db, tmp_path):
    for name in ("occupational_fields",):
        (tmp_path / f"{name}.json").write_text((DATA / f"{name}.json").read_text("utf-8"), "utf-8")
    broken = {
        "version": "2026.1",
        "entries": [
            {"slug": "x", "name": "X", "topic": "umfeld", "weights": {"raumfahrt": 2}},
        ],
    }
    (tmp_path / "interest_questions.json").write_text(json.dumps(broken), "utf-8")
    with pytest.raises(TaxonomyDataError) as error:
        load_taxonomies(tmp_path)
    assert str(error.value) == (
        "interest_questions.json: Eintrag 'x': weights: Unbekannte Berufsfelder: raumfahrt"
    )
    assert not InterestQuestion.objects.filter(slug="x").exists()


@pytest.mark.parametrize(
    "weights, message",
    [
        ({}, "Bitte mindestens ein Berufsfeld mit Punkten."),
        ({"elektro": 4}, "Punkte müssen ganze Zahlen von 1 bis 3 sein: elektro"),
        ({"elektro": "2"}, "Punkte müssen ganze Zahlen von 1 bis 3 sein: elektro"),
        (["elektro"], "Bitte mindestens ein Berufsfeld mit Punkten."),
    ],
)
def test_admin_validation_names_the_weights_field(taxonomies, weights, message):
    question = InterestQuestion(slug="neu", name="Neu", topic="umfeld", weights=weights)
    with pytest.raises(ValidationError) as error:
        question.clean()
    assert error.value.message_dict == {"weights": [message]}
