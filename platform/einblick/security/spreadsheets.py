"""Spreadsheet cells that cannot turn into formulas (CSV/formula injection).

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula
by Excel and LibreOffice. Every CSV the project writes passes its cells through
`safe_cell`, which prefixes such text with a single quote (OWASP's recommendation).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """`value` unchanged, unless it is text a spreadsheet would evaluate: then 'value."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def safe_row(values: Iterable) -> list:
    return [safe_cell(value) for value in values]


class SafeCsvWriter:
    """csv.writer whose rows are neutralised (same arguments as csv.writer)."""

    def __init__(self, handle, *args, **kwargs):
        self._writer = csv.writer(handle, *args, **kwargs)

    def writerow(self, row: Iterable):
        return self._writer.writerow(safe_row(row))

    def writerows(self, rows: Iterable[Iterable]) -> None:
        for row in rows:
            self.writerow(row)


class SafeSpreadsheetExportMixin:
    """For Wagtail index views (SpreadsheetExportMixin): neutralised CSV cells and headings.

    XLSX cells need no quote: Wagtail writes every detected formula as a text cell, and
    openpyxl only treats text starting with `=` as a formula.
    """

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return safe_cell(value) if export_format == self.FORMAT_CSV else value

    def get_heading(self, queryset, field):
        return safe_cell(super().get_heading(queryset, field))
