"""One shape for every problem the transfer kit reports: where, expected, found, how to fix.

Region files and import files are written by agency staff, not developers: every message is
German and says what to change, and all problems are collected before anything is written.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """A single problem in a region file (`path` like ``editors[1].email``)."""

    path: str
    expected: str
    found: str
    fix: str

    def format(self, number: int | None = None) -> str:
        head = f"{number}. {self.path}" if number is not None else self.path
        return (
            f"{head}\n"
            f"     erwartet:   {self.expected}\n"
            f"     gefunden:   {self.found}\n"
            f"     so beheben: {self.fix}"
        )


def format_problems(problems: list[Problem], source: str = "") -> str:
    """All problems as one German report (numbered, in file order)."""
    where = f" in {source}" if source else ""
    count = len(problems)
    title = f"{count} Problem{'e' if count != 1 else ''}{where} – es wurde nichts angelegt:"
    return "\n".join([title, *(p.format(i) for i, p in enumerate(problems, start=1))])


def show(value, limit: int = 60) -> str:
    """A found value as the user wrote it (shortened), for the 'gefunden' line."""
    if value is None:
        return "(fehlt)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = value if len(value) <= limit else value[: limit - 1] + "…"
        return f"„{text}“"
    if isinstance(value, dict):
        return "eine Tabelle (" + ", ".join(list(value)[:5]) + ")"
    if isinstance(value, list):
        return f"eine Liste mit {len(value)} Einträgen"
    return str(value)
