"""Undo an import: every run records what it created and what it changed, and can be reverted.

A record's earlier state is its field values (as JSON, through each field's own conversion),
its many-to-many links and, for employers, the ids of its contact rows.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.utils import timezone
from django_tenants.utils import tenant_context

from tenants.models import Region
from transfer_kit.bundle.copy import update_rows
from transfer_kit.models import ImportRun

from .indexing import index_created, rebuild_region_index

BATCH = 1000


class UndoError(Exception):
    """The run cannot be undone (German message)."""


class RunRecorder:
    """Collects created primary keys and the earlier state of changed records."""

    def __init__(self):
        self.created: list[int] = []
        self.changed: dict[str, dict] = {}

    def snapshot(self, obj, conv) -> dict:
        """The record's state before the update of `conv` (read from memory: the importer
        loaded it with its relations)."""
        state = {"fields": {}, "m2m": {}}
        for name in conv.fields:
            field = obj._meta.get_field(name)
            value = field.value_from_object(obj)
            state["fields"][field.attname] = None if value is None else field.value_to_string(obj)
        for name in conv.m2m:
            state["m2m"][name] = sorted(e.pk for e in getattr(obj, name).all())
        if hasattr(obj, "contacts"):
            state["contacts"] = [c.pk for c in obj.contacts.all()]
        return state

    def keep(self, obj, state: dict) -> None:
        """Remember the earlier state of a record the run changes (the first one counts)."""
        self.changed.setdefault(str(obj.pk), state)

    def save(self, kind: str, source: str, summary: str) -> ImportRun | None:
        if not (self.created or self.changed):
            return None
        changed = DjangoJSONEncoder().encode(self.changed)
        return ImportRun.objects.create(
            region=Region.objects.get(schema_name=connection.schema_name),
            kind=kind,
            source=source[:500],
            summary=summary[:300],
            created=self.created,
            changed=json.loads(changed),
        )


def revert_import(run: ImportRun, progress=None) -> str:
    """Delete what the run created and restore what it changed, in the run's region, in one
    transaction (one UPDATE batch per field set, not one save() per record). Returns a German
    summary. `progress` (transfer_kit.jobs.Progress) hears of each step."""
    from .runner import importer_class

    if run.reverted_at:
        raise UndoError(f"Import-Lauf {run.pk} wurde schon am {run.reverted_at:%d.%m.%Y} "
                        "rückgängig gemacht.")  # fmt: skip
    model = importer_class(run.kind).model
    step = progress.step if progress is not None else lambda text: None
    with tenant_context(run.region), transaction.atomic():
        step(f"{len(run.changed)} geänderte Einträge wiederherstellen")
        objects = model.objects.in_bulk([int(pk) for pk in run.changed])
        restored = [_restore(objects[int(pk)], state)
                    for pk, state in run.changed.items() if int(pk) in objects]  # fmt: skip
        _save_restored(model, restored)
        step(f"{len(run.created)} neu angelegte Einträge entfernen")
        model.objects.filter(pk__in=run.created).delete()
        step("Suchindex aktualisieren")
        rebuild_region_index()
        run.reverted_at = timezone.now()
        run.save(update_fields=["reverted_at"])
        index_created(model, [obj for obj, _ in restored])  # admin search, after commit
    return f"{len(run.created)} neu angelegte Einträge entfernt, {len(restored)} wiederhergestellt."


def _restore(obj, state: dict):
    """Set the recorded field values on `obj` (unsaved); returns (obj, state)."""
    for attname, text in state["fields"].items():
        field = next(f for f in obj._meta.concrete_fields if f.attname == attname)
        setattr(obj, attname, None if text is None else field.to_python(text))
    return obj, state


def _save_restored(model, restored: list) -> None:
    """Write restored fields, many-to-many links and contact rows in bulk."""
    stamp = ["updated_at"] if any(f.name == "updated_at" for f in model._meta.fields) else []
    now = timezone.now()
    by_fields: dict[tuple, list] = {}
    for obj, state in restored:
        for attname in stamp:
            setattr(obj, attname, now)
        by_fields.setdefault(tuple(sorted(state["fields"])), []).append(obj)
    for attnames, objs in by_fields.items():
        fields = sorted(set(attnames) | set(stamp))
        if fields:
            update_rows(model, objs, fields)
    for name in {name for _, state in restored for name in state["m2m"]}:
        field = model._meta.get_field(name)
        through = field.remote_field.through
        source, other = field.m2m_field_name(), field.m2m_reverse_field_name()
        owners = [obj.pk for obj, state in restored if name in state["m2m"]]
        through.objects.filter(**{f"{source}_id__in": owners}).delete()
        links = [through(**{f"{source}_id": obj.pk, f"{other}_id": pk})
                 for obj, state in restored for pk in state["m2m"].get(name, [])]  # fmt: skip
        through.objects.bulk_create(links, batch_size=BATCH)
    with_contacts = [(obj, state) for obj, state in restored if "contacts" in state]
    if with_contacts:  # contact rows the run added go; one query for all records
        relation = model._meta.get_field("contacts")
        kept = [pk for _, state in with_contacts for pk in state["contacts"]]
        owners = [obj.pk for obj, _ in with_contacts]
        children = relation.related_model.objects.filter(**{f"{relation.field.name}__in": owners})
        children.exclude(pk__in=kept).delete()
