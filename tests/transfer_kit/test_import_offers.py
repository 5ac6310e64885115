"""import_offers: inclusive titles, employer by external id or name, report per bad row."""

import csv
import datetime
from io import StringIO

from django.core.management import call_command
from django_tenants.utils import get_public_schema_name, schema_context

from einblick.offers.models import Offer
from tests import factories

from .conftest import write_csv

HEADER = ["ID", "Titel", "Angebotsart", "Arbeitgeber-ID", "Arbeitgeber", "Beginn", "Ende",
          "Plätze", "Vergütung", "Betrag", "Berufsfeld", "Zielgruppe"]  # fmt: skip


def run(path, region="jena"):
    out = StringIO()
    with schema_context(get_public_schema_name()):  # as on the command line
        call_command("import_offers", str(path), "--region", region, "-v", "0", stdout=out)
    return out.getvalue()


def test_offers_are_imported_and_bad_rows_reported(taxonomies, tmp_path, jena):
    # given two employers in Jena
    factories.employer("Optik Schröder AG", external_id="K-2")
    factories.employer("Bäckerei Köhler GmbH")
    rows = [
        ["A-1", "Ferienjob in der Optikfertigung (m/w/d)", "Ferienjob", "K-2", "", "01.07.2027",
         "15.08.2027", "3", "bezahlt", "12,50", "Optik", "Schüler:innen"],
        ["A-2", "Schnuppertag in der Backstube", "schnuppertag", "", "Bäckerei Köhler GmbH", "", "",
         "", "", "", "", ""],
        ["A-3", "Ausbildung zum Mechatroniker", "Ausbildungsplatz", "K-2", "", "", "", "", "", "", "", ""],
        ["A-4", "Praktikum Labor", "Weltraumreise", "K-9", "", "32.13.2026", "", "", "", "", "", ""],
        ["A-5", "Praktikum Verkauf", "Schülerpraktikum", "", "Unbekannt GmbH", "", "", "", "", "", "", ""],
    ]  # fmt: skip
    path = write_csv(tmp_path / "angebote.csv", [HEADER, *rows], delimiter=",")
    # when
    output = run(path)
    # then
    assert "2 neu angelegt, 0 aktualisiert, 0 unverändert, 0 übersprungen, 3 fehlerhaft" in output
    with (tmp_path / "angebote.bericht.csv").open(encoding="utf-8-sig") as handle:
        problems = [(p["Zeile"], p["Spalte"]) for p in csv.DictReader(handle, delimiter=";")]
    assert problems == [
        ("4", "Titel"),
        ("5", "Arbeitgeber-ID"),
        ("5", "Angebotsart"),
        ("5", "Beginn"),
        ("6", "Arbeitgeber"),
    ]
    job = Offer.objects.get(external_id="A-1")
    assert (job.employer.name, job.offer_type.slug, job.period_kind) == (
        "Optik Schröder AG", "ferienjob", "dates"
    )  # fmt: skip
    assert (job.start_date, job.places, job.pay_kind, str(job.pay_amount)) == (
        datetime.date(2027, 7, 1), 3, "paid", "12.50"
    )  # fmt: skip
    assert [f.slug for f in job.occupational_fields.all()] == ["technik-technologiefelder"]
    assert [g.slug for g in job.target_groups.all()] == ["schueler"]
    assert Offer.objects.get(external_id="A-2").employer.name == "Bäckerei Köhler GmbH"
    # and a re-run changes nothing
    assert "0 neu angelegt, 0 aktualisiert, 2 unverändert" in run(path)


def test_non_inclusive_title_message_explains_the_fix(taxonomies, tmp_path, jena):
    factories.employer("Firma", external_id="F")
    path = write_csv(
        tmp_path / "a.csv",
        [
            ["Titel", "Angebotsart", "Arbeitgeber-ID"],
            ["Ausbildung zum Mechatroniker", "Ausbildungsplatz", "F"],
        ],
    )
    run(path)
    with (tmp_path / "a.bericht.csv").open(encoding="utf-8-sig") as handle:
        problem = next(csv.DictReader(handle, delimiter=";"))
    assert problem["Zeile"] == "2" and problem["Spalte"] == "Titel"
    assert "„Mechatroniker“ spricht nur ein Geschlecht an" in problem["Problem"]
