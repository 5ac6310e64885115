"""Generic model <-> JSON for bundle content: fields, references, M2M and child rows."""

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from modelcluster.models import get_all_child_relations
from wagtail.fields import RichTextField, StreamField

from .refs import IdMap, remap_block, remap_rich_text

# Bookkeeping that belongs to the source installation, never copied.
SKIP = {
    "id", "latest_revision", "live_revision", "locked", "locked_at", "locked_by", "owner",
    "uploaded_by_user", "collection", "path", "depth", "numchild", "url_path", "content_type",
    "translation_key", "locale", "alias_of", "latest_revision_created_at", "page_ptr",
}  # fmt: skip
MEDIA_KINDS = {"wagtailimages.image": "image", "wagtaildocs.document": "document"}


def ref_kind(model) -> str | None:
    """How references to `model` travel: 'slug' for shared taxonomies, an id-map kind for
    region content and media, None for things that do not travel (users, revisions)."""
    label = model._meta.label_lower
    if model._meta.app_label == "taxonomy":
        return "slug"
    if label in MEDIA_KINDS:
        return MEDIA_KINDS[label]
    if model._meta.app_label in ("employers", "offers", "events"):
        return label
    if issubclass(model, _page_model()):
        return "page"
    return None


def _page_model():
    from wagtail.models import Page

    return Page


def _json(value):
    return (
        DjangoJSONEncoder().default(value)
        if not isinstance(value, str | int | float | bool | type(None) | list | dict)
        else value
    )


def dump(obj, *, skip: set[str] = frozenset(), children: bool = True) -> dict:
    """Concrete fields, references and many-to-many of `obj` as JSON-able data."""
    data = {"id": obj.pk}
    for field in obj._meta.concrete_fields:
        if field.name in SKIP or field.name in skip or isinstance(field, models.FileField):
            continue
        if field.is_relation:
            kind = ref_kind(field.related_model)
            if kind is None:
                continue
            target = getattr(obj, field.name)
            data[field.name] = (
                None if target is None else (target.slug if kind == "slug" else target.pk)
            )
        elif isinstance(field, StreamField):
            data[field.name] = field.get_prep_value(getattr(obj, field.name))
        else:
            data[field.name] = _json(field.value_from_object(obj))
    for field in obj._meta.many_to_many:
        kind = ref_kind(field.related_model)
        if kind is None or field.name in skip:
            continue
        targets = getattr(obj, field.name).all()
        data[field.name] = (
            sorted(t.slug for t in targets) if kind == "slug" else sorted(t.pk for t in targets)
        )
    if children:
        for relation in get_all_child_relations(obj):
            name = relation.get_accessor_name()
            data[name] = [
                dump(child, skip={relation.field.name}) for child in getattr(obj, name).all()
            ]
    return data


def assign(obj, data: dict, ids: IdMap, *, taxonomy_cache: dict) -> dict:
    """Set fields of `obj` from bundle `data`; returns {m2m field: [targets]} to set after save."""
    later = {}
    for field in obj._meta.concrete_fields:
        if field.name in SKIP or field.name not in data or isinstance(field, models.FileField):
            continue
        value = data[field.name]
        if field.is_relation:
            setattr(obj, field.attname, _resolve(field.related_model, value, ids, taxonomy_cache))
        elif isinstance(field, StreamField):
            setattr(obj, field.name, remap_block(field.stream_block, value or [], ids))
        elif isinstance(field, RichTextField):
            setattr(obj, field.name, remap_rich_text(value, ids))
        else:
            setattr(obj, field.attname, field.to_python(value))
    for field in obj._meta.many_to_many:
        if field.name in data:
            targets = [
                _resolve(field.related_model, v, ids, taxonomy_cache, instance=True)
                for v in data[field.name]
            ]
            later[field.name] = [t for t in targets if t is not None]
    return later


def _resolve(model, value, ids: IdMap, cache: dict, instance: bool = False):
    if value is None:
        return None
    kind = ref_kind(model)
    if kind == "slug":
        key = model._meta.label_lower
        if key not in cache:
            cache[key] = {entry.slug: entry for entry in model.objects.all()}
        entry = cache[key].get(value)
        return entry if instance else (entry.pk if entry else None)
    new = ids.get(kind, value)
    if new is None or not instance:
        return new
    return model.objects.get(pk=new)


def missing_slugs(data_rows: list[dict], model, cache: dict) -> list[str]:
    """Taxonomy slugs referenced by `data_rows` that this installation does not have."""
    missing = set()
    for field in [*model._meta.concrete_fields, *model._meta.many_to_many]:
        if not field.is_relation or ref_kind(field.related_model) != "slug":
            continue
        key = field.related_model._meta.label_lower
        if key not in cache:
            cache[key] = {e.slug: e for e in field.related_model.objects.all()}
        for row in data_rows:
            value = row.get(field.name)
            for slug in value if isinstance(value, list) else [value]:
                if slug and slug not in cache[key]:
                    missing.add(f"{field.related_model._meta.verbose_name}: {slug}")
    return sorted(missing)
