"""Imports named in a region file (`[imports]`), run inside the onboarding transaction."""

from transfer_kit.problems import Problem

from .mapping import FIELDS, build_mapping
from .reading import TableError, read_table

KINDS = ("employers", "offers")


def _files(rf):
    imports = rf.get("imports", {})
    for kind in KINDS:
        if imports.get(kind):
            yield (
                kind,
                rf.resolve(imports[kind]),
                imports.get(f"{kind}_preset", "generic"),
                rf.resolve(imports[f"{kind}_mapping"]) if imports.get(f"{kind}_mapping") else None,
            )


def check_import_files(rf) -> list[Problem]:
    """File-level problems (unreadable file, bad mapping, required column missing).

    Row-level problems do not stop an onboarding: bad rows are skipped and reported.
    """
    problems = []
    for kind, path, preset, mapping_file in _files(rf):
        if not path.is_file():
            continue  # already reported by check_installation
        mapping, mapping_problems = build_mapping(kind, preset, mapping_file)
        problems += [
            Problem(f"imports.{kind}_mapping → {p.path}", p.expected, p.found, p.fix)
            for p in mapping_problems
        ]
        try:
            table = read_table(path)
        except TableError as exc:
            problems.append(
                Problem(f"imports.{kind}", "eine lesbare Tabelle", str(exc), "Datei prüfen.")
            )
            continue
        resolved, _ = mapping.resolve(table.headers)
        required = "name" if kind == "employers" else "title"
        if required not in resolved.values():
            problems.append(
                Problem(
                    f"imports.{kind}",
                    f"eine Spalte für „{FIELDS[kind][required]}“",
                    "Spalten: " + ", ".join(table.headers),
                    f"Spalte umbenennen, Vorlage `{kind}_preset` wechseln oder eine "
                    f"Zuordnungsdatei `{kind}_mapping` angeben.",
                )
            )
    return problems


def run_onboarding_imports(rf, steps) -> dict:
    """Import the region file's employers/offers into the current (new) region schema."""
    reports = {}
    for kind, path, preset, mapping_file in _files(rf):
        from .runner import run_import

        label = "Arbeitgeber importieren" if kind == "employers" else "Angebote importieren"
        with steps.step(label) as notes:
            mapping, _ = build_mapping(kind, preset, mapping_file)
            report = run_import(
                kind,
                path,
                mapping,
                progress=steps.count if steps.progress else False,
                reindex=False,
            )
            notes.append(report.summary())
            reports[kind] = report
    if any(r.counts["created"] or r.counts["updated"] for r in reports.values()):
        from .indexing import rebuild_region_index

        with steps.step("Suchindex aufbauen"):  # once for all files, not once per file
            if problem := rebuild_region_index():
                report.add(0, "", "", problem, "Befehl ausführen.", severity="Hinweis")
    return reports
