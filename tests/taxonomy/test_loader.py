"""The taxonomy loader is idempotent, reports changes and archives instead of deleting."""

import json

import pytest
from django.core.management import call_command

from einblick.taxonomy.loader import TaxonomyDataError, load_taxonomies
from einblick.taxonomy.models import Occupation, OccupationalField, OfferType


def _write(tmp_path, name, entries, version="1"):
    (tmp_path / f"{name}.json").write_text(
        json.dumps({"version": version, "entries": entries}), encoding="utf-8"
    )


@pytest.fixture
def data_dir(tmp_path):
    _write(
        tmp_path,
        "offer_types",
        [
            {"slug": "t-ferienjob", "name": "Ferienjob", "job_posting": True},
            {"slug": "t-schnuppertag", "name": "Schnuppertag", "job_posting": False},
        ],
    )
    _write(tmp_path, "occupational_fields", [{"slug": "t-bau", "name": "Bau, Architektur"}])
    _write(
        tmp_path,
        "occupations",
        [{"slug": "t-maurer", "name": "Maurer/-in", "field": "t-bau", "kldb": "32122"}],
    )
    return tmp_path


def test_loader_creates_then_reports_nothing_on_second_run(db, data_dir):
    first = load_taxonomies(data_dir)
    second = load_taxonomies(data_dir)
    assert first.created["offer_types"] == ["t-ferienjob", "t-schnuppertag"]
    assert first.created["occupations"] == ["t-maurer"]
    assert second.changed is False
    assert OfferType.objects.filter(slug__startswith="t-").count() == 2
    assert Occupation.objects.get(slug="t-maurer").field.slug == "t-bau"


def test_loader_updates_changed_names_and_archives_removed_entries(db, data_dir):
    load_taxonomies(data_dir)
    _write(data_dir, "offer_types", [{"slug": "t-ferienjob", "name": "Ferienjob (neu)"}], "2")
    report = load_taxonomies(data_dir)
    assert report.updated["offer_types"] == ["t-ferienjob"]
    assert report.archived["offer_types"] == ["t-schnuppertag"]
    assert OfferType.objects.get(slug="t-schnuppertag").is_archived is True
    assert OfferType.objects.get(slug="t-ferienjob").name == "Ferienjob (neu)"


def test_unknown_field_reference_changes_nothing(db, data_dir):
    _write(data_dir, "occupations", [{"slug": "t-x", "name": "X/-in", "field": "gibt-es-nicht"}])
    with pytest.raises(TaxonomyDataError, match="unbekanntes Berufsfeld 'gibt-es-nicht'"):
        load_taxonomies(data_dir)
    assert not OfferType.objects.filter(slug="t-ferienjob").exists()


def test_delete_archives_instead(db):
    field = OccupationalField.objects.create(slug="t-del", name="Löschen")
    field.delete()
    field.refresh_from_db()
    assert field.is_archived is True


def test_command_reports_changes(db, data_dir, capsys):
    call_command("load_taxonomies", data_dir=str(data_dir))
    call_command("load_taxonomies", data_dir=str(data_dir))
    out = capsys.readouterr().out
    assert "offer_types (Version 1): 2 neu, 0 geändert, 0 archiviert" in out
    assert "Taxonomien sind aktuell – keine Änderungen." in out
