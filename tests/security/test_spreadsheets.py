"""Every CSV the project writes neutralises cells a spreadsheet would run as a formula."""

import csv
import io
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from einblick.security.spreadsheets import safe_cell
from tests import factories
from tests.adminkit.helpers import login

EVIL = '=HYPERLINK("http://evil.example","Klick")'


@pytest.mark.parametrize("value", ["=1+1", "+49 3641", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_like_text_gets_a_quote(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Bäckerei", "", " =1", "07743", 12, -5, None])
def test_other_values_stay_as_they_are(value):
    assert safe_cell(value) == value


def test_admin_csv_export_neutralises_company_supplied_text(jena_region, jena_client):
    # given an employer whose name and city a company typed as formulas
    login(jena_client, jena_region, "export-redaktion", superuser=True)
    employer = factories.employer(EVIL)
    employer.city = "@SUM(1+1)*cmd|' /C calc'!A0"
    employer.save()
    connection.set_schema_to_public()
    # when an editor exports the list as CSV
    response = jena_client.get("/cms/snippets/employers/employer/", {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    row = next(r for r in rows if "HYPERLINK" in r[0])
    # then no cell starts with a formula character
    assert row[0] == "'" + EVIL
    assert row[1] == "'@SUM(1+1)*cmd|' /C calc'!A0"


def test_admin_xlsx_export_writes_formulas_as_text(jena_region, jena_client):
    from openpyxl import load_workbook

    login(jena_client, jena_region, "export-redaktion", superuser=True)
    factories.employer(EVIL)
    connection.set_schema_to_public()
    response = jena_client.get("/cms/snippets/employers/employer/", {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [
        c
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str) and "HYPERLINK" in c.value
    ]
    assert cells and all(c.data_type == "s" for c in cells)


def test_import_report_neutralises_values_from_the_import_file(jena_region, tmp_path):
    # given a CRM file whose postcode cell is a formula (and therefore invalid)
    header = ["Kundennummer", "Firma", "Straße", "PLZ", "Ort", "Branche", "Ansprechpartner",
              "E-Mail", "Telefon", "Webseite", "Mitarbeiter"]  # fmt: skip
    row = ["K-9", "Formel GmbH", "Weg 1", "=1+1", "Jena", "", "", "", "", "", ""]
    path = tmp_path / "firmen.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([header, row])
    report = tmp_path / "bericht.csv"
    # when it is imported
    call_command("import_employers", str(path), "--region", "jena", "--preset", "crm",
                 "--report", str(report), "-v", "0", stdout=StringIO())  # fmt: skip
    connection.set_schema_to_public()
    # then the report quotes the value instead of writing a formula
    with report.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    values = [r["Wert"] for r in rows]
    assert "'=1+1" in values
    assert not [v for v in values if v.startswith(("=", "+", "-", "@"))]
