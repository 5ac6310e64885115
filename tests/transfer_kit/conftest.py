"""Helpers for transfer-kit tests: small spreadsheet files (taxonomies: tests/conftest.py)."""

import csv
import io


def write_csv(path, rows, *, encoding="utf-8", delimiter=";"):
    """Write rows (first = header) exactly as a spreadsheet program would."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path
