"""CSV and XLSX of any dashboard table, through Wagtail's own spreadsheet export."""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

from .figures.tables import Table

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: str) -> str:
    """Search words are visitor input: a leading formula sign must stay text in a
    spreadsheet (CSV injection); the XLSX writer already stores such cells as text."""
    return "'" + value if value.startswith(FORMULA_START) else value


class TableExport(SpreadsheetExportMixin):
    """Exports one `Table`: rows are lists, columns addressed by their index."""

    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        str: {SpreadsheetExportMixin.FORMAT_CSV: csv_safe},
    }

    def __init__(self, table: Table, filename: str):
        self.rows = table.extra.get("raw", table.rows)
        self.list_export = [str(i) for i in range(len(table.headings))]
        self.export_headings = dict(zip(self.list_export, table.headings, strict=True))
        self.export_filename = filename

    def response(self, spreadsheet_format: str):
        return self.as_spreadsheet(self.rows, spreadsheet_format)
