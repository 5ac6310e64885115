"""The yearly report ("Erfolgsbericht"): a PDF with charts and the indicator table."""

import datetime

import pypdfium2
from django.core.management import call_command
from django.db import connection

from einblick.insights.report import build_report
from tests import factories
from tests.adminkit.helpers import login

YEAR = 2026


def _year_of_data(taxonomies):
    """Offers, employers, events and a year of counts in the current region."""
    from einblick.taxonomy.models import OccupationalField, OfferType

    fields = list(OccupationalField.objects.order_by("pk")[:3])
    kinds = list(OfferType.objects.order_by("pk")[:2])
    for i, size in enumerate(["micro", "small", "large"]):
        employer = factories.employer(f"Firma {i}", size_class=size, occupational_fields=fields)
        factories.offer(f"Praktikum {i}", employer_obj=employer, type_obj=kinds[i % 2],
                        occupational_fields=fields[:1])  # fmt: skip
    event = factories.bookable_event(
        "Ausbildungsmesse", start=datetime.datetime(YEAR, 3, 5, 9, tzinfo=datetime.UTC)
    )
    factories.registration(event, group_size=12, is_group=True, attended=True)
    for month in range(1, 13):
        day = datetime.date(YEAR, month, 3)
        factories.daily_count(day, "view", "page", key="/", count=100 + 10 * month)
        factories.daily_count(day, "search_zero", "query", key=f"begriff {month % 4}")


def _ink_share(image) -> float:
    """Share of pixels that are not white."""
    grey = image.convert("L")
    histogram = grey.histogram()
    return 1 - sum(histogram[250:]) / sum(histogram)


def test_report_has_charts_and_the_indicator_table_on_non_empty_pages(jena, taxonomies):
    _year_of_data(taxonomies)

    report = build_report(jena, YEAR)

    assert len(report.charts) >= 4
    assert report.charts[:4] == [
        "Seitenaufrufe je Monat",
        "Angebote nach Angebotsart",
        "Angebote nach Berufsfeld",
        "Arbeitgeber nach Größe",
    ]
    pdf = pypdfium2.PdfDocument(report.pdf)
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "Erfolgsbericht 2026" in text
    for label in ("Arbeitgeber mit Profil", "Angebote online", "Angemeldete Personen",
                  "Erreichte Schulen", "Suchen ohne Treffer"):  # fmt: skip
        assert label in text
    for i in range(len(pdf)):
        image = pdf[i].render(scale=1).to_pil()
        assert image.size == (596, 842)  # A4 at 72 dpi
        assert _ink_share(image) > 0.01


def test_kpi_report_command_writes_the_pdf(jena, taxonomies, tmp_path):
    _year_of_data(taxonomies)
    connection.set_schema_to_public()
    out = tmp_path / "bericht.pdf"

    call_command("kpi_report", str(out), region="jena", year=YEAR)

    assert out.read_bytes().startswith(b"%PDF-")
    assert len(pypdfium2.PdfDocument(out)) >= 2


def test_report_button_for_editors_only(jena, jena_client):
    editor = login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    ok = jena_client.get("/cms/kennzahlen/bericht/", {"jahr": YEAR})
    bad = jena_client.get("/cms/kennzahlen/bericht/", {"jahr": "zwanzig"})
    jena_client.logout()
    login(jena_client, jena, "firma-a", superuser=False, employer=factories.employer("Eigen"))
    refused = jena_client.get("/cms/kennzahlen/bericht/", {"jahr": YEAR})

    assert editor.username == "redakteurin"
    assert (ok.status_code, ok["Content-Type"]) == (200, "application/pdf")
    assert ok["Content-Disposition"] == 'attachment; filename="erfolgsbericht-jena-2026.pdf"'
    assert bad.status_code == 400
    assert refused.status_code == 302
