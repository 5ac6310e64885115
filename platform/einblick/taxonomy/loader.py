"""Load the versioned taxonomy data files into the public schema.

Idempotent: entries are matched by slug; changed fields are updated, new ones created, and
entries missing from a file are archived (never deleted: regions may still reference them).
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django_tenants.utils import schema_context

from .models import TAXONOMY_MODELS, Occupation, OccupationalField

DATA_DIR = Path(__file__).resolve().parent / "data"
# Files load in this order (occupations reference occupational fields).
ORDER = [
    "offer_types",
    "occupational_fields",
    "occupations",
    "benefits",
    "target_groups",
    "school_levels",
    "search_lexicon",
    "interest_questions",
]


class TaxonomyDataError(Exception):
    pass


@dataclass
class LoadReport:
    version: dict[str, str] = field(default_factory=dict)
    created: dict[str, list[str]] = field(default_factory=dict)
    updated: dict[str, list[str]] = field(default_factory=dict)
    archived: dict[str, list[str]] = field(default_factory=dict)
    restored: dict[str, list[str]] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return any(
            any(v for v in d.values())
            for d in (self.created, self.updated, self.archived, self.restored)
        )

    def lines(self) -> list[str]:
        out = []
        for name in ORDER:
            if name not in self.version:
                continue
            parts = [
                f"{len(self.created.get(name, []))} neu",
                f"{len(self.updated.get(name, []))} geändert",
                f"{len(self.archived.get(name, []))} archiviert",
            ]
            if self.restored.get(name):
                parts.append(f"{len(self.restored[name])} reaktiviert")
            out.append(f"{name} (Version {self.version[name]}): " + ", ".join(parts))
            for label, items in (
                ("neu", self.created.get(name, [])),
                ("geändert", self.updated.get(name, [])),
                ("archiviert", self.archived.get(name, [])),
            ):
                if items:
                    shown = ", ".join(items[:10]) + (" …" if len(items) > 10 else "")
                    out.append(f"    {label}: {shown}")
        return out


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise TaxonomyDataError(f"{path.name}: ungültiges JSON in Zeile {exc.lineno}: {exc.msg}")
    if not isinstance(data, dict) or "entries" not in data or "version" not in data:
        raise TaxonomyDataError(f"{path.name}: erwartet ein Objekt mit 'version' und 'entries'.")
    slugs = [e.get("slug") for e in data["entries"]]
    missing = [i for i, s in enumerate(slugs) if not s]
    if missing:
        raise TaxonomyDataError(f"{path.name}: Eintrag Nr. {missing[0] + 1} hat keinen 'slug'.")
    dupes = sorted({s for s in slugs if slugs.count(s) > 1})
    if dupes:
        raise TaxonomyDataError(f"{path.name}: doppelte slugs: {', '.join(dupes)}")
    return data


def _values(model, entry: dict, index: int, fields_by_slug: dict) -> dict:
    values = {"name": entry["name"], "sort_order": entry.get("sort_order", (index + 1) * 10)}
    for model_field in model._meta.concrete_fields:
        name = model_field.name
        if name in ("id", "slug", "name", "sort_order", "is_archived", "updated_at", "field"):
            continue
        if name in entry:
            value = entry[name]
            if value is None and not model_field.null:
                value = (
                    "" if model_field.get_internal_type() in ("CharField", "TextField") else value
                )
            values[name] = value
    if model is Occupation:
        field_slug = entry.get("field")
        if field_slug not in fields_by_slug:
            raise TaxonomyDataError(
                f"occupations.json: Beruf '{entry['slug']}' verweist auf unbekanntes "
                f"Berufsfeld '{field_slug}'."
            )
        values["field"] = fields_by_slug[field_slug]
    return values


def _validate(model, name: str, slug: str, values: dict) -> None:
    """Run the model's own validation (the one the admin runs) on a data file entry."""
    try:
        model(slug=slug, **values).clean()
    except ValidationError as exc:
        problems = "; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())
        raise TaxonomyDataError(f"{name}.json: Eintrag '{slug}': {problems}") from exc


def load_taxonomies(data_dir: Path = DATA_DIR, only: list[str] | None = None) -> LoadReport:
    """Load every data file; all-or-nothing (one transaction)."""
    report = LoadReport()
    with schema_context("public"), transaction.atomic():
        for name in ORDER:
            if only and name not in only:
                continue
            path = data_dir / f"{name}.json"
            if not path.exists():
                continue
            data = _read(path)
            model = TAXONOMY_MODELS[name]
            report.version[name] = str(data["version"])
            fields_by_slug = {f.slug: f for f in OccupationalField.objects.all()}
            existing = {obj.slug: obj for obj in model.objects.all()}
            seen = set()
            for index, entry in enumerate(data["entries"]):
                slug = entry["slug"]
                seen.add(slug)
                values = _values(model, entry, index, fields_by_slug)
                _validate(model, name, slug, values)
                obj = existing.get(slug)
                if obj is None:
                    model.objects.create(slug=slug, **values)
                    report.created.setdefault(name, []).append(slug)
                    continue
                changed = [k for k, v in values.items() if getattr(obj, k) != v]
                if obj.is_archived:
                    obj.is_archived = False
                    changed.append("is_archived")
                    report.restored.setdefault(name, []).append(slug)
                if changed:
                    for key, value in values.items():
                        setattr(obj, key, value)
                    obj.save()
                    report.updated.setdefault(name, []).append(slug)
            for slug, obj in existing.items():
                if slug not in seen and not obj.is_archived:
                    obj.is_archived = True
                    obj.save(update_fields=["is_archived", "updated_at"])
                    report.archived.setdefault(name, []).append(slug)
    return report
