"""Write the records an import changed in bulk: one UPDATE per set of changed fields, one
delete and one COPY per many-to-many field, one COPY for new child rows (contact persons).

A save() per record sent signals (search outbox, admin search, cache versions) and cost
minutes for a file that changes thousands of rows; the import run instead rebuilds the
region's search documents once, adds the records to the admin search after the commit
and moves the region's content version (indexing.py). If the bulk write fails, the records
are saved one by one so the report names the row that broke.
"""

from dataclasses import dataclass

from django.db import DatabaseError, transaction
from django.utils import timezone

from transfer_kit.bundle.copy import copy_create, update_rows

from .indexing import index_created


@dataclass
class Change:
    obj: object  # the record, with the new values already set (RowImporter.apply_changes)
    conv: object  # the converted row
    fields: list[str]  # names of the changed fields and relations
    earlier: dict  # the record's state before (RunRecorder.snapshot), for undo


def write_updates(importer, updates: list[Change], report) -> None:
    if not updates:
        return
    try:
        with transaction.atomic():
            _write(importer, updates)
    except DatabaseError:
        _one_by_one(importer, updates, report)
        return
    for change in updates:
        importer.recorder.keep(change.obj, change.earlier)
        importer.remember(change.obj)
    report.counts["updated"] += len(updates)


def _one_by_one(importer, updates: list[Change], report) -> None:
    for change in updates:
        try:
            with transaction.atomic():
                _write(importer, [change])
            importer.recorder.keep(change.obj, change.earlier)
            importer.remember(change.obj)
            report.counts["updated"] += 1
        except DatabaseError as exc:
            importer.error(
                change.conv.row, "", "", f"Speichern fehlgeschlagen: {exc}", "Zeile prüfen."
            )
            report.counts["errors"] += 1


def _write(importer, updates: list[Change]) -> None:
    model = importer.model
    meta = model._meta
    columns = {f.name: f.attname for f in meta.concrete_fields}
    stamps = [f.attname for f in meta.concrete_fields if getattr(f, "auto_now", False)]
    now = timezone.now()
    groups: dict[tuple, list] = {}
    for change in updates:
        for attname in stamps:
            setattr(change.obj, attname, now)
        names = tuple(sorted({columns[n] for n in change.fields if n in columns} | set(stamps)))
        groups.setdefault(names, []).append(change.obj)
    for attnames, objs in groups.items():
        if attnames:
            update_rows(model, objs, list(attnames))
    relations = {f.name: f for f in meta.many_to_many}
    for name in sorted({n for change in updates for n in change.fields if n in relations}):
        _replace_links(relations[name], [c for c in updates if name in c.fields])
    children = [child for change in updates for child in importer.new_children(change.obj)]
    if children:
        copy_create(type(children[0]), children)
    index_created(model, [change.obj for change in updates])  # admin search, after commit


def _replace_links(field, updates: list[Change]) -> None:
    through = field.remote_field.through
    source, other = field.m2m_field_name(), field.m2m_reverse_field_name()
    through.objects.filter(**{f"{source}_id__in": [c.obj.pk for c in updates]}).delete()
    links = [
        through(**{f"{source}_id": c.obj.pk, f"{other}_id": entry.pk})
        for c in updates
        for entry in c.conv.m2m.get(field.name, [])
    ]
    copy_create(through, links)
