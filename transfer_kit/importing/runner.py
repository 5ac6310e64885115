"""The import loop shared by employers and offers.

Rows are converted and validated one by one; bad rows are reported and skipped (unless
`atomic`). Rows are compared with the stored records in memory; new and changed records are
written in bulk (COPY and one UPDATE per set of changed fields, updating.py) because
onboarding a region with thousands of companies must take seconds; if a bulk write fails,
the rows are retried one by one so the report names the row that broke.
"""

from pathlib import Path

from django.db import DatabaseError, transaction
from tqdm import tqdm

from transfer_kit.bundle.copy import copy_create

from .base import Converted
from .mapping import FIELDS, ColumnMapping
from .reading import TableError, read_table
from .report import ERROR, NOTE, ImportReport, default_report_path
from .undo import RunRecorder
from .updating import Change, write_updates


class ImportAborted(Exception):
    """The file cannot be imported at all (unreadable, required column missing)."""

    def __init__(self, report: ImportReport):
        self.report = report
        super().__init__(report.format())


def importer_class(kind: str):
    if kind == "employers":
        from .employers import EmployerImporter

        return EmployerImporter
    from .offers import OfferImporter

    return OfferImporter


def run_import(
    kind: str,
    path: str | Path,
    mapping: ColumnMapping,
    *,
    dry_run: bool = False,
    atomic: bool = False,
    publish: bool = True,
    progress=True,  # True: a progress bar; a callable: called with (done, total)
    report_path: str | Path | None = None,
    sheet: str | None = None,
    reindex: bool = True,
) -> ImportReport:
    """Import `path` into the current region schema; always writes the report file if the
    report has entries. Raises ImportAborted for file-level problems. `reindex=False` leaves
    the region's search rebuild to the caller (onboarding rebuilds once after all files)."""
    report = ImportReport(source=str(path), kind=kind, dry_run=dry_run)
    report.report_path = Path(report_path) if report_path else default_report_path(path)
    try:
        table = read_table(path, sheet=sheet, json_key=kind)
    except TableError as exc:
        report.add(0, "", "", str(exc), "Datei prüfen und erneut exportieren.")
        raise ImportAborted(_finish(report))
    report.table = table.describe()
    resolved, unknown = mapping.resolve(table.headers)
    headers = {target: header for header, target in resolved.items()}
    for header in unknown:
        report.add(
            0, header, "", "Spalte nicht zugeordnet – wird nicht importiert.",
            "In einer Zuordnungsdatei (--mapping) einem Feld zuordnen oder mit \"\" ignorieren.",
            severity="Hinweis",
        )  # fmt: skip
    importer = importer_class(kind)(report, headers, mapping, publish=publish)
    missing = [t for t in importer.required if t not in headers and t not in mapping.defaults]
    if missing:
        for target in missing:
            report.add(
                0, target, "", f"Pflichtspalte „{FIELDS[kind][target]}“ fehlt.",
                "Spalte ergänzen/umbenennen, --preset wechseln oder --mapping angeben. "
                f"Gefundene Spalten: {', '.join(table.headers)}",
            )  # fmt: skip
        raise ImportAborted(_finish(report))
    importer.recorder = RunRecorder()
    with transaction.atomic():
        _import_rows(importer, table, resolved, mapping, report, progress)
        written = report.counts["created"] or report.counts["updated"]
        if reindex and written and not dry_run and not (atomic and report.errors):
            from .indexing import rebuild_region_index

            # rows written in bulk sent no signals to the search outbox
            problem = rebuild_region_index()
            if problem:
                report.add(0, "", "", problem, "Befehl ausführen.", severity="Hinweis")
        if dry_run or (atomic and report.errors):
            report.rolled_back = atomic and bool(report.errors) and not dry_run
            transaction.set_rollback(True)
        else:
            run = importer.recorder.save(kind, str(path), report.summary())
            report.run_id = run.pk if run else None
    return _finish(report)


def _finish(report: ImportReport) -> ImportReport:
    if report.problems:
        report.write_csv(report.report_path)
    return report


def _import_rows(importer, table, resolved, mapping, report, progress) -> None:
    seen: dict[tuple, tuple[int, Converted]] = {}
    creates, updates = [], []
    rows = tqdm(
        table.rows, desc=f"Import {report.kind}", unit="Zeilen", disable=progress is not True
    )
    for done, (row, values) in enumerate(rows, start=1):
        if callable(progress) and (done % 100 == 0 or done == len(table.rows)):
            progress(done, len(table.rows))  # e.g. the admin's progress display
        cells = {target: values.get(header, "") for header, target in resolved.items()}
        for target, default in mapping.defaults.items():
            cells[target] = cells.get(target) or default
        conv = importer.convert(row, cells)
        if conv is None:
            report.counts["errors"] += 1
            continue
        key = importer.key(conv)
        if key in seen:
            first, earlier = seen[key]
            same = earlier.fields == conv.fields and earlier.m2m == conv.m2m
            report.add(
                row, importer.key_column(key),
                cells.get("external_id") or cells.get(importer.name_field, ""),
                f"Doppelte Zeile – derselbe Eintrag steht schon in Zeile {first}"
                + (" (gleicher Inhalt)." if same else " (mit anderem Inhalt)."),
                "Nichts zu tun; die Zeile wurde übersprungen." if same else
                "Die beiden Zeilen zusammenführen; übernommen wurde die erste.",
                severity=NOTE if same else ERROR,
            )  # fmt: skip
            report.counts["skipped"] += 1
            continue
        seen[key] = (row, conv)
        existing = importer.existing(conv)
        if existing is None:
            creates.append(conv)
            continue
        # compared in memory first: an unchanged row costs no query and no savepoint
        earlier = importer.recorder.snapshot(existing, conv)
        changed = importer.apply_changes(existing, conv)
        if changed:
            updates.append(Change(existing, conv, changed, earlier))
        else:
            report.counts["unchanged"] += 1
    write_updates(importer, updates, report)
    _create(importer, creates, report)


def _create(importer, creates, report) -> None:
    if not creates:
        return
    try:
        with transaction.atomic():
            objects = bulk_create(importer, creates)
        importer.recorder.created += [obj.pk for obj in objects]
        report.counts["created"] += len(creates)
        return
    except DatabaseError:
        pass
    for conv in creates:  # find the row that broke the bulk write
        try:
            with transaction.atomic():
                (obj,) = bulk_create(importer, [conv])
            importer.recorder.created.append(obj.pk)
            report.counts["created"] += 1
        except DatabaseError as exc:
            importer.error(conv.row, "", "", f"Speichern fehlgeschlagen: {exc}", "Zeile prüfen.")
            report.counts["errors"] += 1


def bulk_create(importer, creates) -> list:
    """Insert records, their many-to-many links and child rows with one COPY per table."""
    model = importer.model
    objects = copy_create(model, [importer.build(conv) for conv in creates])
    for target in {t for conv in creates for t in conv.m2m}:
        field = model._meta.get_field(target)
        through = field.remote_field.through
        source, other = field.m2m_field_name(), field.m2m_reverse_field_name()
        links = [
            through(**{f"{source}_id": obj.pk, f"{other}_id": entry.pk})
            for obj, conv in zip(objects, creates, strict=True)
            for entry in conv.m2m.get(target, [])
        ]
        copy_create(through, links)
    children = [
        c for obj, conv in zip(objects, creates, strict=True) for c in importer.children(obj, conv)
    ]
    if children:
        copy_create(type(children[0]), children)
    for obj in objects:
        importer.remember(obj)
    from .indexing import index_created

    index_created(model, objects)
    return objects
