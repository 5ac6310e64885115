"""Reading spreadsheets: encodings, delimiters, row numbers as the user sees them."""

import codecs
import json

import pytest
from openpyxl import Workbook

from transfer_kit.importing.reading import TableError, detect_encoding, read_table, sniff_delimiter

from .conftest import write_csv

ROWS = [["Firma", "Straße", "PLZ"], ["Bäckerei Köhler", "Große Straße 1", "07545"]]


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252"), ("utf-16", "utf-16")],
)
def test_encoding_is_detected_and_umlauts_survive(tmp_path, encoding, expected):
    path = write_csv(tmp_path / "f.csv", ROWS, encoding=encoding)
    table = read_table(path)
    assert table.encoding == expected
    assert table.headers == ["Firma", "Straße", "PLZ"]
    assert table.rows == [
        (2, {"Firma": "Bäckerei Köhler", "Straße": "Große Straße 1", "PLZ": "07545"})
    ]


def test_utf8_bom_is_not_part_of_the_first_header():
    raw = codecs.BOM_UTF8 + b"Firma;PLZ\n"
    assert detect_encoding(raw) == "utf-8-sig"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Firma;Ort;PLZ", ";"),
        ("Firma,Ort,PLZ", ","),
        ('"Muster, GmbH";Ort', ";"),
        ("a\tb\tc", "\t"),
    ],
)
def test_delimiter_is_sniffed_from_the_header(header, expected):
    assert sniff_delimiter(header + "\n1;2;3") == expected


def test_blank_rows_are_skipped_but_keep_the_spreadsheet_numbering(tmp_path):
    path = write_csv(tmp_path / "f.csv", [["Firma"], ["A"], [""], ["B"]])
    assert [row for row, _ in read_table(path).rows] == [2, 4]


def test_xlsx_numbers_and_dates_become_text_with_spreadsheet_rows(tmp_path):
    import datetime

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Firma", "PLZ", "Beginn"])
    sheet.append(["Muster GmbH", 7545, datetime.datetime(2026, 7, 1)])
    workbook.save(tmp_path / "f.xlsx")
    table = read_table(tmp_path / "f.xlsx")
    assert table.rows == [(2, {"Firma": "Muster GmbH", "PLZ": "7545", "Beginn": "2026-07-01"})]


def test_json_list_or_keyed_object(tmp_path):
    path = tmp_path / "f.json"
    path.write_text(json.dumps({"employers": [{"name": "A", "tags": ["x", "y"]}]}))
    table = read_table(path, json_key="employers")
    assert table.rows == [(1, {"name": "A", "tags": "x; y"})]


def test_unsupported_type_and_duplicate_headers_are_explained(tmp_path):
    (tmp_path / "f.ods").write_text("x")
    with pytest.raises(TableError, match="„.ods“ wird nicht unterstützt"):
        read_table(tmp_path / "f.ods")
    path = write_csv(tmp_path / "d.csv", [["Firma", "Firma"], ["A", "B"]])
    with pytest.raises(TableError, match="Doppelte Spaltenüberschriften: Firma"):
        read_table(path)


def test_title_rows_above_the_header_are_skipped_and_rows_keep_their_numbers(tmp_path):
    # given an export with a title line and a blank line above the header
    rows = [["Firmenliste Landkreis Greiz", "", ""], ["", "", ""], *ROWS]
    path = write_csv(tmp_path / "f.csv", rows, encoding="cp1252")
    # when
    table = read_table(path)
    # then
    assert (table.headers, table.header_row) == (["Firma", "Straße", "PLZ"], 3)
    assert [row for row, _ in table.rows] == [4]
    assert table.describe() == (
        "1 Zeile, Überschriften in Zeile 3, Kodierung Windows-1252, Trennzeichen „;“"
    )


def test_title_row_without_delimiters_does_not_hide_the_delimiter(tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes("Stand 11/2026\r\nFirma,Ort,PLZ\r\nA,Gera,07545\r\n".encode("cp1252"))
    table = read_table(path)
    assert (table.delimiter, table.rows) == (
        ",",
        [(3, {"Firma": "A", "Ort": "Gera", "PLZ": "07545"})],
    )


def test_a_cell_over_the_csv_module_limit_is_read_not_crashed(tmp_path):
    huge = "x" * 200_000
    path = write_csv(tmp_path / "f.csv", [["Firma", "Beschreibung"], ["A", huge]])
    assert read_table(path).rows[0][1]["Beschreibung"] == huge


def test_old_excel_format_gets_a_german_instruction(tmp_path):
    path = tmp_path / "f.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(TableError, match="Excel-Arbeitsmappe"):
        read_table(path)
