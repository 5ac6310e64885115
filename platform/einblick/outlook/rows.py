"""Rows of an outlook file (CSV/XLSX read by the transfer kit) checked and saved.

Validation lives here, in one form, so the import command, the demo data and any future
upload all give the same German errors. Every problem names its row and column; nothing is
written while any row has a problem. Re-importing a file updates the rows of the same
occupation group and year (idempotent).
"""

import dataclasses
import re
from collections.abc import Iterable

from django import forms
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Q

from einblick.taxonomy.models import OccupationalField

from .models import OutlookFigure, comparison_cache_key

# spreadsheet column → model field
COLUMNS = {
    "Berufsgruppe": "occupation_group",
    "KldB": "kldb",
    "Berufsfeld": "occupational_field",
    "Jahr": "year",
    "Beschäftigte": "employed",
    "Auszubildende": "trainees",
    "Offene Stellen": "vacancies",
    "Zieljahr": "target_year",
    "Bedarf Zieljahr": "demand",
    "Angebot Zieljahr": "supply",
    "Quelle": "source",
}
OPTIONAL = {"Berufsfeld"}
THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")
LABELS = {field: column for column, field in COLUMNS.items()}


@dataclasses.dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    message: str

    def __str__(self):
        where = f"Zeile {self.row}, Spalte „{self.column}“" if self.column else f"Zeile {self.row}"
        return f"{where}: {self.message}"


class OutlookRowForm(forms.ModelForm):
    occupational_field = forms.CharField(required=False)

    class Meta:
        model = OutlookFigure
        fields = list(COLUMNS.values())

    def clean_occupational_field(self):
        value = (self.cleaned_data.get("occupational_field") or "").strip()
        if not value:
            return None
        field = OccupationalField.objects.filter(Q(slug=value) | Q(name__iexact=value)).first()
        if field is None:
            raise forms.ValidationError(f"Das Berufsfeld „{value}“ kennen wir nicht.")
        return field

    def validate_unique(self):
        pass  # (kldb, year) picks the row to update, see check_rows


def _number(text: str) -> str:
    """German spreadsheets write 1.234 or 1 234 for thousands."""
    text = text.replace("\u00a0", "").replace(" ", "")
    return text.replace(".", "") if THOUSANDS.match(text) else text


def missing_columns(headers: Iterable[str]) -> list[str]:
    present = {h.strip().lower() for h in headers}
    return [c for c in COLUMNS if c not in OPTIONAL and c.lower() not in present]


def check_rows(rows: Iterable[tuple[int, dict[str, str]]]) -> tuple[list, list[RowProblem]]:
    """Unsaved OutlookFigure objects for valid rows, and every problem of every row."""
    figures, problems, seen = [], [], {}
    numeric = {"year", "employed", "trainees", "vacancies", "target_year", "demand", "supply"}
    for number, row in rows:
        by_name = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        data = {f: by_name.get(c.lower(), "") for c, f in COLUMNS.items()}
        data.update({f: _number(data[f]) for f in numeric})
        key = (data["kldb"], data["year"])
        existing = OutlookFigure.objects.filter(kldb=key[0], year=key[1]).first()
        form = OutlookRowForm(data, instance=existing)
        if not form.is_valid():
            for field, errors in form.errors.items():
                column = LABELS.get(field, "")
                problems.extend(RowProblem(number, column, e) for e in errors)
            continue
        if key in seen:
            message = f"Berufsgruppe {key[0]} im Jahr {key[1]} steht schon in Zeile {seen[key]}."
            problems.append(RowProblem(number, "KldB", message))
            continue
        seen[key] = number
        figures.append(form.save(commit=False))
    return figures, problems


@transaction.atomic
def save_figures(figures: list[OutlookFigure], *, demo: bool = False) -> tuple[int, int]:
    """Write checked figures; (created, updated)."""
    created = sum(1 for f in figures if f.pk is None)
    for figure in figures:
        figure.is_demo = demo
        figure.save()
    transaction.on_commit(lambda: cache.delete(comparison_cache_key(connection.schema_name)))
    return created, len(figures) - created
