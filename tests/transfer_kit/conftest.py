"""Fixtures for transfer-kit tests: shared taxonomies and small spreadsheet files."""

import csv
import io

import pytest


@pytest.fixture
def taxonomies(db):
    """The shared taxonomy data (public schema), rolled back with the test."""
    from einblick.taxonomy.loader import load_taxonomies

    load_taxonomies()


def write_csv(path, rows, *, encoding="utf-8", delimiter=";"):
    """Write rows (first = header) exactly as a spreadsheet program would."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path
