"""Real-world spreadsheets: free-text counts and amounts, both-forms titles, gendered
occupation names, title rows, runaway cells; every problem of a row at once, in the user's words."""

import csv
import datetime
from io import StringIO

from django.core.management import call_command
from django_tenants.utils import get_public_schema_name, schema_context

from einblick.employers.models import Employer
from einblick.offers.models import Offer
from tests import factories

from .conftest import write_csv


def run(kind, path, region="jena"):
    out = StringIO()
    with schema_context(get_public_schema_name()):
        call_command(f"import_{kind}", str(path), "--region", region, "-v", "0", stdout=out)
    return out.getvalue()


def report(path):
    with path.with_name(f"{path.stem}.bericht.csv").open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def test_free_text_employee_counts_become_size_classes_or_notes(taxonomies, tmp_path, jena):
    # given a Windows-1252 CRM export with a title row and free-text head counts
    rows = [
        ["Firmenliste Landkreis Greiz, Stand 11/2026", "", "", ""],
        ["Firma", "PLZ", "Mitarbeiter", "Telefon"],
        ["Bäckerei Köhler", "07973", "ca. 50", "Tel.0367198676"],
        ["Optik Schröder", "07545", "10-49", "+49(0)3671-16860"],
        ["Stahlbau Greiz", "07973", "250+", ""],
        ["Gärtnerei Grün", "07973", "k.A.", ""],
    ]
    path = write_csv(tmp_path / "firmen.csv", rows, encoding="cp1252")
    # when
    output = run("employers", path)
    # then every row is kept
    assert "4 neu angelegt, 0 aktualisiert, 0 unverändert, 0 übersprungen, 0 fehlerhaft" in output
    sizes = dict(Employer.objects.values_list("name", "size_class"))
    assert sizes == {
        "Bäckerei Köhler": "medium",
        "Optik Schröder": "small",
        "Stahlbau Greiz": "large",
        "Gärtnerei Grün": "small",  # the model's default, with a note
    }
    assert Employer.objects.get(name="Bäckerei Köhler").phone == "+49 3671 98676"
    assert Employer.objects.get(name="Optik Schröder").phone == "+49 3671 16860"
    notes = [(p["Zeile"], p["Spalte"], p["Wert"], p["Art"]) for p in report(path)]
    assert notes == [("6", "Mitarbeiter", "k.A.", "Hinweis")]


def test_offer_rows_keep_optional_values_as_notes_and_report_all_errors_at_once(
    taxonomies, tmp_path, jena
):
    # given
    factories.employer("Autohaus Gera", external_id="K-1")
    header = ["ID", "Titel", "Angebotsart", "Arbeitgeber-ID", "Beginn", "Ende", "Plätze",
              "Vergütung", "Lohn", "Berufe"]  # fmt: skip
    rows = [
        ["A-1", "Ausbildung zur Kauffrau / zum Kaufmann für Büromanagement", "Ausbildungsplatz",
         "K-1", "", "", "mehrere", "bezahlt", "nach Absprache", "Kfz-Mechatroniker:in"],
        ["A-2", "Ferienjob Werkstatt", "Ferienjob", "K-1", "01.07.2025", "15.08.2025", "2-3",
         "bezahlt", "", "Restaurantfachmann/-frau"],
        ["A-3", "Ausbildung zum Mechatroniker", "Weltraumreise", "K-9", "32.13.2027", "", "",
         "", "", ""],
    ]  # fmt: skip
    path = write_csv(tmp_path / "angebote.csv", [header, *rows])
    # when
    output = run("offers", path)
    # then the two good rows are kept, the bad one names all four problems
    assert "2 neu angelegt, 0 aktualisiert, 0 unverändert, 0 übersprungen, 1 fehlerhaft" in output
    first = Offer.objects.get(external_id="A-1")
    assert (first.places, first.pay_kind, first.pay_amount) == (None, "paid", None)
    assert [o.slug for o in first.occupations.all()] == ["kfz-mechatroniker"]
    second = Offer.objects.get(external_id="A-2")
    assert (second.places, second.end_date) == (2, datetime.date(2025, 8, 15))
    assert second.status == "expired"
    assert [o.name for o in second.occupations.all()] == [
        "Fachmann/-frau für Restaurants und Veranstaltungsgastronomie"
    ]
    problems = [(p["Zeile"], p["Spalte"], p["Wert"], p["Art"]) for p in report(path)]
    assert problems == [
        ("2", "Lohn", "nach Absprache", "Hinweis"),
        ("2", "Plätze", "mehrere", "Hinweis"),
        ("3", "Ende", "15.08.2025", "Hinweis"),
        ("3", "Plätze", "2-3", "Hinweis"),
        ("4", "Titel", "Ausbildung zum Mechatroniker", "Fehler"),
        ("4", "Arbeitgeber-ID", "K-9", "Fehler"),
        ("4", "Angebotsart", "Weltraumreise", "Fehler"),
        ("4", "Beginn", "32.13.2027", "Fehler"),
    ]
    assert all(p["So beheben"] for p in report(path))
    assert not any("pay_" in p["So beheben"] + p["Spalte"] for p in report(path))


def test_a_runaway_cell_is_reported_for_its_row(taxonomies, tmp_path, jena):
    rows = [["Firma", "Beschreibung"], ["A GmbH", "x" * 200_000], ["B GmbH", "kurz"]]
    path = write_csv(tmp_path / "f.csv", rows)
    output = run("employers", path)
    assert "1 neu angelegt, 0 aktualisiert, 0 unverändert, 0 übersprungen, 1 fehlerhaft" in output
    (problem,) = report(path)
    assert (problem["Zeile"], problem["Spalte"], len(problem["Wert"])) == ("2", "Beschreibung", 200)
    assert problem["Problem"] == "Die Zelle ist 200.000 Zeichen lang (höchstens 20.000)."


def test_pay_by_arrangement_note_is_one_whole_sentence():
    from transfer_kit.importing.values import parse_amount

    assert parse_amount("nach Absprache") == (
        None,
        "„nach Absprache“ ist kein Betrag – das Angebot gilt als bezahlt, der Betrag bleibt leer.",
    )
