"""import_outlook: CSV/XLSX through the transfer kit's reader, German row/column errors,
all or nothing, idempotent re-import, one region only."""

import pytest
from django.core.management import CommandError, call_command
from django_tenants.utils import tenant_context
from openpyxl import Workbook

from einblick.outlook.models import OutlookFigure

HEADER = (
    "Berufsgruppe;KldB;Berufsfeld;Jahr;Beschäftigte;Auszubildende;Offene Stellen;Zieljahr;"
    "Bedarf Zieljahr;Angebot Zieljahr;Quelle"
)
IT = "Softwareentwicklung;434;it-computer;2025;2.280;95;120;2035;2690;2300;Agentur für Arbeit"
CARE = "Altenpflege;821;Gesundheit;2025;1240;120;85;2035;1510;1030;Agentur für Arbeit"


def _csv(tmp_path, *lines, name="prognose.csv"):
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return str(path)


def _rows():
    return list(
        OutlookFigure.objects.order_by("kldb").values_list(
            "kldb", "occupation_group", "occupational_field__slug", "employed", "demand", "supply"
        )
    )


def test_csv_is_imported_into_the_region_and_again_without_duplicates(
    jena_region, weimar_region, taxonomies, tmp_path
):
    # given a CSV with two occupation groups (German thousands separator, field by name)
    path = _csv(tmp_path, IT, CARE)
    # when it is imported into Jena twice
    call_command("import_outlook", path, region="jena", verbosity=0)
    call_command("import_outlook", path, region="jena", verbosity=0)
    # then Jena has the two rows once, Weimar none
    with tenant_context(jena_region):
        assert _rows() == [
            ("434", "Softwareentwicklung", "it-computer", 2280, 2690, 2300),
            ("821", "Altenpflege", "gesundheit", 1240, 1510, 1030),
        ]
    with tenant_context(weimar_region):
        assert _rows() == []


def test_xlsx_is_read_as_well(jena_region, taxonomies, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.split(";"))
    sheet.append(["Altenpflege", "821", "gesundheit", 2025, 1240, 120, 85, 2035, 1510, 1030, "BA"])
    path = tmp_path / "prognose.xlsx"
    book.save(path)

    call_command("import_outlook", str(path), region="jena", verbosity=0)

    with tenant_context(jena_region):
        assert _rows() == [("821", "Altenpflege", "gesundheit", 1240, 1510, 1030)]


def test_every_broken_cell_is_named_by_row_and_column_and_nothing_is_saved(
    jena_region, taxonomies, tmp_path
):
    # given a good row, then rows with a text number, a past target year, an unknown field
    # and a repeated group
    path = _csv(
        tmp_path,
        IT,
        "Altenpflege;821;gesundheit;2025;viele;120;85;2035;1510;1030;BA",
        "Elektrotechnik;263;elektro;2025;1650;130;92;2020;1800;1400;BA",
        "Biologie;412;Meeresbiologie;2025;1150;40;30;2035;1200;1170;BA",
        "Software;434;it-computer;2025;1;1;1;2035;1;1;BA",
    )
    # when it is imported
    with pytest.raises(CommandError) as error:
        call_command("import_outlook", path, region="jena", verbosity=0)
    # then each problem names row and column in German, and nothing was written
    assert str(error.value).splitlines() == [
        f"4 Probleme in {path} – es wurde nichts gespeichert:",
        "  Zeile 3, Spalte „Beschäftigte“: Bitte eine ganze Zahl eingeben.",
        "  Zeile 4, Spalte „Zieljahr“: Das Zieljahr muss nach dem Datenjahr liegen.",
        "  Zeile 5, Spalte „Berufsfeld“: Das Berufsfeld „Meeresbiologie“ kennen wir nicht.",
        "  Zeile 6, Spalte „KldB“: Berufsgruppe 434 im Jahr 2025 steht schon in Zeile 2.",
    ]
    with tenant_context(jena_region):
        assert _rows() == []


def test_missing_columns_and_unknown_regions_are_refused(jena_region, taxonomies, tmp_path):
    path = tmp_path / "kaputt.csv"
    path.write_text("Berufsgruppe;KldB;Jahr\nPflege;821;2025\n", encoding="utf-8")

    with pytest.raises(CommandError) as missing:
        call_command("import_outlook", str(path), region="jena", verbosity=0)
    with pytest.raises(CommandError) as unknown:
        call_command("import_outlook", str(path), region="atlantis", verbosity=0)

    assert str(missing.value) == (
        "Zeile 1: Spalten „Beschäftigte“, „Auszubildende“, „Offene Stellen“, „Zieljahr“, "
        "„Bedarf Zieljahr“, „Angebot Zieljahr“, „Quelle“ fehlen."
    )
    assert str(unknown.value).startswith("Unbekannte Region „atlantis“. Vorhanden: ")
