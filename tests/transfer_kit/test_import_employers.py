"""import_employers: CRM exports, row-level report, idempotent re-runs, region isolation."""

import csv
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django_tenants.utils import get_public_schema_name, schema_context, tenant_context

from einblick.employers.models import Employer

from .conftest import write_csv

CRM_HEADER = ["Kundennummer", "Firma", "Straße", "PLZ", "Ort", "Branche", "Ansprechpartner",
              "E-Mail", "Telefon", "Webseite", "Mitarbeiter"]  # fmt: skip


def crm_file(tmp_path, rows, name="firmen.csv", encoding="cp1252"):
    return write_csv(tmp_path / name, [CRM_HEADER, *rows], encoding=encoding, delimiter=";")


def run(path, region="jena", *options):
    out = StringIO()
    with schema_context(get_public_schema_name()):  # as on the command line
        call_command("import_employers", str(path), "--region", region, "--preset", "crm",
                     "-v", "0", *options, stdout=out)  # fmt: skip
    return out.getvalue()


def report_rows(path):
    with path.open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


GOOD = [
    ["K-1", "Bäckerei Köhler GmbH", "Große Straße 1", "7545", "Gera", "Lebensmittel",
     "Jörg Weiß", "info@koehler.example", "0365 1234", "www.koehler.example", "12"],
    ["K-2", "Optik Schröder AG", "Am Anger 3", "07743", "Jena", "Optik / Feinmechanik",
     "Özlem Krüger", "kontakt@schroeder.example", "03641 555", "https://schroeder.example", "300"],
]  # fmt: skip


def test_windows_1252_semicolon_crm_export_is_imported(taxonomies, tmp_path, jena):
    # when
    output = run(crm_file(tmp_path, GOOD))
    # then
    assert "Kodierung Windows-1252, Trennzeichen „;“" in output
    assert "2 neu angelegt, 0 aktualisiert, 0 unverändert, 0 übersprungen, 0 fehlerhaft" in output
    baker = Employer.objects.get(external_id="K-1")
    assert (baker.name, baker.street, baker.postcode, baker.website, baker.size_class) == (
        "Bäckerei Köhler GmbH", "Große Straße 1", "07545", "https://www.koehler.example", "small"
    )  # fmt: skip
    assert [f.slug for f in baker.occupational_fields.all()] == ["produktion-fertigung"]
    assert [(c.name, c.email) for c in baker.contacts.all()] == [("Jörg Weiß", "")]
    optics = Employer.objects.get(external_id="K-2")
    assert [f.slug for f in optics.occupational_fields.all()] == ["technik-technologiefelder"]
    assert optics.size_class == "large" and optics.live


def test_bad_rows_are_reported_and_skipped_good_rows_imported(taxonomies, tmp_path, jena):
    # given a file with a duplicate, a missing name, a bad e-mail and a bad postcode
    rows = [
        GOOD[0],
        ["K-3", "", "Weg 1", "07545", "Gera", "", "", "", "", "", ""],
        [
            "K-4",
            "Firma Vier",
            "Weg 2",
            "07545",
            "Gera",
            "",
            "",
            "vier(at)firma.example",
            "",
            "",
            "",
        ],
        GOOD[1],
        GOOD[0],
        ["K-6", "Firma Sechs", "Weg 3", "0754", "Gera", "Raumfahrt", "", "", "", "", ""],
    ]
    path = crm_file(tmp_path, rows)
    # when
    output = run(path)
    # then the good rows are in, each bad row is in the report with row, column and fix
    assert "2 neu angelegt, 0 aktualisiert, 0 unverändert, 1 übersprungen, 3 fehlerhaft" in output
    problems = report_rows(tmp_path / "firmen.bericht.csv")
    errors = [(p["Zeile"], p["Spalte"]) for p in problems if p["Art"] == "Fehler"]
    assert errors == [("3", "Firma"), ("4", "E-Mail"), ("7", "PLZ")]
    by_row = {p["Zeile"]: p for p in problems}
    assert by_row["3"]["Problem"] == "Pflichtfeld ist leer."
    assert by_row["4"]["Wert"] == "vier(at)firma.example"
    assert "@" in by_row["4"]["So beheben"]
    assert (by_row["6"]["Art"], by_row["6"]["Spalte"], by_row["6"]["Wert"]) == (
        "Hinweis",
        "Kundennummer",
        "K-1",
    )  # an identical duplicate is a note: nothing is lost
    assert by_row["6"]["Problem"] == (
        "Doppelte Zeile – derselbe Eintrag steht schon in Zeile 2 (gleicher Inhalt)."
    )
    notes = [(p["Zeile"], p["Spalte"], p["Wert"]) for p in problems if p["Art"] == "Hinweis"]
    assert ("2", "PLZ", "7545") in notes
    assert sorted(Employer.objects.values_list("external_id", flat=True)) == ["K-1", "K-2"]


def test_rerun_updates_never_duplicates(taxonomies, tmp_path, jena):
    path = crm_file(tmp_path, GOOD)
    run(path)
    # when the same file is imported again
    assert "0 neu angelegt, 0 aktualisiert, 2 unverändert" in run(path)
    # and again with a changed phone number
    changed = [GOOD[0][:8] + ["0365 9999"] + GOOD[0][9:], GOOD[1]]
    assert "0 neu angelegt, 1 aktualisiert, 1 unverändert" in run(crm_file(tmp_path, changed))
    # then
    assert Employer.objects.count() == 2
    assert Employer.objects.get(external_id="K-1").phone == "+49 365 9999"  # normalised


def test_without_id_column_name_and_postcode_are_the_key(taxonomies, tmp_path, jena):
    header = ["Firma", "PLZ", "Ort"]
    first = write_csv(tmp_path / "a.csv", [header, ["Muster GmbH", "07745", "Jena"]])
    second = write_csv(tmp_path / "b.csv", [header, ["MUSTER  G.m.b.H.", "07745", "Jena-Ost"]])
    run(first)
    assert "0 neu angelegt, 1 aktualisiert" in run(second)
    assert list(Employer.objects.values_list("name", "city")) == [("MUSTER  G.m.b.H.", "Jena-Ost")]


def test_atomic_saves_nothing_when_a_row_is_bad(taxonomies, tmp_path, jena):
    bad = ["K-9", "", "", "", "", "", "", "", "", "", ""]
    with pytest.raises(CommandError, match="nichts gespeichert"):
        run(crm_file(tmp_path, [GOOD[0], bad]), "jena", "--atomic")
    assert not Employer.objects.exists()


def test_dry_run_saves_nothing(taxonomies, tmp_path, jena):
    output = run(crm_file(tmp_path, GOOD), "jena", "--dry-run")
    assert output.strip().endswith("Probelauf – nichts gespeichert: 2 neu angelegt, 0 aktualisiert, "
                                   "0 unverändert, 0 übersprungen, 0 fehlerhaft, 1 Hinweis")  # fmt: skip
    assert not Employer.objects.exists()


def test_missing_required_column_aborts_with_the_columns_found(taxonomies, tmp_path):
    path = write_csv(tmp_path / "x.csv", [["Unternehmen XY", "Ort"], ["A", "B"]])
    with pytest.raises(CommandError) as excinfo:
        run(path)
    assert "Pflichtspalte „Name des Unternehmens“ fehlt" in str(excinfo.value)
    assert "Gefundene Spalten: Unternehmen XY, Ort" in str(excinfo.value)


def test_user_mapping_file_maps_columns_and_branches(taxonomies, tmp_path, jena):
    mapping = tmp_path / "zuordnung.toml"
    mapping.write_text(
        'preset = "crm"\n[columns]\n"Unternehmen XY" = "name"\n"Notiz" = ""\n'
        '[branchen]\n"Raumfahrt" = ["technik-technologiefelder", "elektro"]\n',
        encoding="utf-8",
    )
    path = write_csv(
        tmp_path / "x.csv", [["Unternehmen XY", "Branche", "Notiz"], ["A", "Raumfahrt", "n"]]
    )
    out = StringIO()
    with schema_context(get_public_schema_name()):  # as on the command line
        call_command("import_employers", str(path), "--region", "jena", "--mapping",
                     str(mapping), "-v", "0", stdout=out)  # fmt: skip
    employer = Employer.objects.get(name="A")
    assert sorted(f.slug for f in employer.occupational_fields.all()) == [
        "elektro", "technik-technologiefelder"
    ]  # fmt: skip


def test_import_into_weimar_never_touches_jena(taxonomies, tmp_path, jena, weimar_region):
    # given Jena has an employer with the same external id
    run(crm_file(tmp_path, [GOOD[0]]), "jena")
    # when Weimar imports a changed version of it
    changed = [GOOD[0][:1] + ["Weimarer Bäckerei"] + GOOD[0][2:]]
    run(crm_file(tmp_path, changed, name="weimar.csv"), "weimar")
    # then Weimar has its own record and Jena's is unchanged
    with tenant_context(weimar_region):
        assert list(Employer.objects.values_list("external_id", "name")) == [
            ("K-1", "Weimarer Bäckerei")
        ]
    assert list(Employer.objects.values_list("external_id", "name")) == [
        ("K-1", "Bäckerei Köhler GmbH")
    ]
