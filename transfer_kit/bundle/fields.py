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


class _Lookups:
    """Values fetched once per table for a batch dump: taxonomy slugs by pk and M2M targets by
    source pk, so dumping thousands of rows costs a handful of queries, not several per row."""

    def __init__(self, model=None, pks=(), skip: set[str] = frozenset()):
        self.slugs: dict[str, dict] = {}
        self.m2m: dict[str, dict] = {}
        for field in model._meta.many_to_many if model else ():
            if field.name in skip or ref_kind(field.related_model) is None:
                continue
            through = field.remote_field.through
            source = through._meta.get_field(field.m2m_field_name()).attname
            target = through._meta.get_field(field.m2m_reverse_field_name()).attname
            targets: dict = {}
            rows = through._default_manager.filter(**{f"{source}__in": pks})
            for source_pk, target_pk in rows.values_list(source, target):
                targets.setdefault(source_pk, []).append(target_pk)
            self.m2m[field.name] = targets

    def slug(self, model, pk):
        key = model._meta.label_lower
        if key not in self.slugs:
            self.slugs[key] = dict(model._default_manager.values_list("pk", "slug"))
        return self.slugs[key].get(pk)

    def many(self, obj, field) -> list:
        kind = ref_kind(field.related_model)
        if field.name in self.m2m:
            pks = self.m2m[field.name].get(obj.pk, [])
        else:
            pks = [t.pk for t in getattr(obj, field.name).all()]
        if kind == "slug":
            return sorted(self.slug(field.related_model, pk) for pk in pks)
        return sorted(pks)


def _fields(obj, skip: set[str], lookups: _Lookups) -> dict:
    data = {"id": obj.pk}
    for field in obj._meta.concrete_fields:
        if field.name in SKIP or field.name in skip or isinstance(field, models.FileField):
            continue
        if field.is_relation:
            kind = ref_kind(field.related_model)
            if kind is None:
                continue
            target = getattr(obj, field.attname)
            if target is not None and kind == "slug":
                target = lookups.slug(field.related_model, target)
            data[field.name] = target
        elif isinstance(field, StreamField):
            data[field.name] = field.get_prep_value(getattr(obj, field.name))
        else:
            data[field.name] = _json(field.value_from_object(obj))
    for field in obj._meta.many_to_many:
        if field.name not in skip and ref_kind(field.related_model) is not None:
            data[field.name] = lookups.many(obj, field)
    return data


def dump(obj, *, skip: set[str] = frozenset(), children: bool = True) -> dict:
    """Concrete fields, references and many-to-many of `obj` as JSON-able data."""
    data = _fields(obj, skip, _Lookups())
    if children:
        for relation in get_all_child_relations(obj):
            name = relation.get_accessor_name()
            data[name] = [
                dump(child, skip={relation.field.name}) for child in getattr(obj, name).all()
            ]
    return data


def dump_all(queryset, *, skip: set[str] = frozenset()) -> list[dict]:
    """`dump` for every row of `queryset`, with one query per table instead of per row."""
    return _dump_objects(queryset.model, list(queryset), skip)


def _dump_objects(model, objects: list, skip: set[str]) -> list[dict]:
    pks = [obj.pk for obj in objects]
    lookups = _Lookups(model, pks, skip)
    rows = [_fields(obj, skip, lookups) for obj in objects]
    for relation in get_all_child_relations(model):
        parent = relation.field
        manager = relation.related_model._default_manager
        children = list(manager.filter(**{f"{parent.name}__in": pks}))
        grouped: dict = {}
        for child, data in zip(
            children, _dump_objects(relation.related_model, children, {parent.name}), strict=True
        ):
            grouped.setdefault(getattr(child, parent.attname), []).append(data)
        name = relation.get_accessor_name()
        for obj, data in zip(objects, rows, strict=True):
            data[name] = grouped.get(obj.pk, [])
    return rows


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
