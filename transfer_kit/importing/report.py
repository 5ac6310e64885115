"""The import report: what happened to every row, and every problem with how to fix it."""

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from einblick.security.spreadsheets import SafeCsvWriter

ERROR = "Fehler"
NOTE = "Hinweis"
OUTCOMES = ("created", "updated", "unchanged", "skipped", "errors")
OUTCOME_LABELS = {
    "created": "neu angelegt",
    "updated": "aktualisiert",
    "unchanged": "unverändert",
    "skipped": "übersprungen",
    "errors": "fehlerhaft",
}


VALUE_LIMIT = 200


@dataclass(frozen=True)
class RowProblem:
    """A problem in one row (`row` as numbered in the spreadsheet; 0 = the whole file)."""

    row: int
    column: str
    value: str
    problem: str
    fix: str
    severity: str = ERROR


@dataclass
class ImportReport:
    source: str
    kind: str
    problems: list[RowProblem] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    dry_run: bool = False
    rolled_back: bool = False
    report_path: Path | None = None
    table: str = ""
    run_id: int | None = None  # the ImportRun that can undo this import

    def add(self, row, column, value, problem, fix, severity=ERROR) -> None:
        value = str(value or "")
        if len(value) > VALUE_LIMIT:  # the report stays readable next to a runaway cell
            value = value[: VALUE_LIMIT - 1] + "…"
        self.problems.append(RowProblem(row, column, value, problem, fix, severity))

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity == ERROR]

    def rows_with_errors(self) -> list[int]:
        return sorted({p.row for p in self.errors})

    def summary(self) -> str:
        parts = [f"{self.counts[o]} {OUTCOME_LABELS[o]}" for o in OUTCOMES]
        prefix = "Probelauf – nichts gespeichert: " if self.dry_run else ""
        if self.rolled_back:
            prefix = "Abgebrochen (--atomic), nichts gespeichert: "
        notes = len(self.problems) - len(self.errors)
        tail = f", {notes} Hinweis{'e' if notes != 1 else ''}" if notes else ""
        return f"{prefix}{', '.join(parts)}{tail}"

    def write_csv(self, path: str | Path) -> Path:
        """Semicolon CSV with BOM, so that Excel on German Windows opens it correctly."""
        path = Path(path)
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = SafeCsvWriter(handle, delimiter=";")  # cells may come from the import file
            writer.writerow(["Zeile", "Spalte", "Wert", "Art", "Problem", "So beheben"])
            for p in sorted(self.problems, key=lambda p: (p.row, p.severity != ERROR)):
                writer.writerow([p.row or "Datei", p.column, p.value, p.severity, p.problem, p.fix])
        return path

    def format(self, limit: int = 50) -> str:
        lines = []
        for p in sorted(self.problems, key=lambda p: p.row)[:limit]:
            where = f"Zeile {p.row}" if p.row else "Datei"
            column = f", Spalte „{p.column}“" if p.column else ""
            value = f" („{p.value}“)" if p.value else ""
            lines.append(f"  {p.severity} {where}{column}{value}: {p.problem} → {p.fix}")
        if len(self.problems) > limit:
            lines.append(f"  … und {len(self.problems) - limit} weitere (siehe Bericht-Datei)")
        return "\n".join(lines)


def default_report_path(source: str | Path) -> Path:
    source = Path(source)
    return source.with_name(f"{source.stem}.bericht.csv")
