"""Write a region plan as proper Wagtail objects, fast and idempotently.

Rows are matched by a stable key (external_id for employers and offers, slug for events);
new rows are bulk-created, changed rows bulk-updated, unchanged rows left alone. Every new
or changed object gets a revision, is published through it (live_revision, latest_revision,
first/last_published_at) and gets audit-log entries — the same end state as publishing in
the admin, without running Wagtail's per-object publish machinery 500 times.
"""

import uuid
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import ModelLogEntry, Revision

from einblick.employers.models import Employer, EmployerContact
from einblick.events.models import Event
from einblick.offers.models import Offer

from .bookings import write_participants, write_slots
from .logos import create_logos
from .photos import create_employer_photos, create_offer_photos


@dataclass
class ModelReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0


@dataclass
class RegionReport:
    region: str
    models: dict = field(default_factory=dict)
    registrations: int = 0  # demo registrations added (only into events without any)

    @property
    def changed(self) -> bool:
        return any(r.created or r.updated or r.removed for r in self.models.values())

    def line(self) -> str:
        parts = [
            f"{name}: {r.created} neu, {r.updated} aktualisiert, {r.unchanged} unverändert"
            + (f", {r.removed} entfernt" if r.removed else "")
            for name, r in self.models.items()
        ]
        if self.registrations:
            parts.append(f"Anmeldungen: {self.registrations} neu")
        return f"{self.region}: " + "; ".join(parts)


def _upsert(model, key_field, specs, values_of):
    """Create missing rows, update changed ones; returns (objects by key, dirty keys, report)."""
    keys = [s.key if key_field == "external_id" else s.values["slug"] for s in specs]
    existing = {
        getattr(o, key_field): o for o in model.objects.filter(**{f"{key_field}__in": keys})
    }
    taken = set(model.objects.exclude(**{f"{key_field}__in": keys}).values_list("slug", flat=True))
    report, dirty, to_create, to_update, update_fields = ModelReport(), set(), [], [], set()
    for key, spec in zip(keys, specs, strict=True):
        values = values_of(spec)
        obj = existing.get(key)
        if obj is None:
            slug, n = values["slug"], 2
            while values["slug"] in taken:
                values["slug"], n = f"{slug}-{n}", n + 1
            obj = model(**values)
            if key_field == "external_id":
                obj.external_id = key
            to_create.append(obj)
            report.created += 1
            dirty.add(key)
            continue
        values.pop("slug")  # keep a published URL stable
        changed = [k for k, v in values.items() if getattr(obj, k) != v]
        if changed:
            for name in changed:
                setattr(obj, name, values[name])
            update_fields.update(changed)
            to_update.append(obj)
            report.updated += 1
            dirty.add(key)
        else:
            report.unchanged += 1
    now = timezone.now()
    for obj in to_create:
        obj.created_at = obj.updated_at = now
    model.objects.bulk_create(to_create, batch_size=500)
    if to_update:
        for obj in to_update:
            obj.updated_at = now
        model.objects.bulk_update(to_update, [*update_fields, "updated_at"], batch_size=500)
    objects = {**existing, **{getattr(o, key_field): o for o in to_create}}
    return objects, dirty, report


def _sync_m2m(model, field_name, wanted: dict) -> set:
    """wanted: {object pk: set of target pks}; returns pks whose set changed."""
    rel = model._meta.get_field(field_name)
    through = rel.remote_field.through
    src, tgt = rel.m2m_field_name(), rel.m2m_reverse_field_name()
    current = {}
    rows = through.objects.filter(**{f"{src}_id__in": list(wanted)}).values_list(
        f"{src}_id", f"{tgt}_id"
    )
    for owner, target in rows:
        current.setdefault(owner, set()).add(target)
    changed = {pk for pk, targets in wanted.items() if current.get(pk, set()) != targets}
    if changed:
        through.objects.filter(**{f"{src}_id__in": changed}).delete()
        through.objects.bulk_create(
            [
                through(**{f"{src}_id": pk, f"{tgt}_id": target})
                for pk in sorted(changed)
                for target in sorted(wanted[pk])
            ],
            batch_size=1000,
        )
    return changed


def _sync_contacts(employers: dict, specs) -> set:
    wanted = {employers[s.key].pk: [tuple(c.values()) for c in s.contacts] for s in specs}
    current = {}
    for row in EmployerContact.objects.filter(employer_id__in=list(wanted)).order_by(
        "employer_id", "sort_order"
    ):
        current.setdefault(row.employer_id, []).append((row.name, row.role, row.email, row.phone))
    changed = {pk for pk, items in wanted.items() if current.get(pk, []) != items}
    if changed:
        EmployerContact.objects.filter(employer_id__in=changed).delete()
        EmployerContact.objects.bulk_create(
            [
                EmployerContact(employer_id=pk, sort_order=i, name=n, role=r, email=e, phone=p)
                for pk in sorted(changed)
                for i, (n, r, e, p) in enumerate(wanted[pk])
            ]
        )
    return changed


def publish_bulk(model, pks, *, live_by_pk: dict, prefetch=()):
    """Give each object a fresh revision; publish it (or leave a draft) and log it."""
    if not pks:
        return
    now = timezone.now()
    content_type = ContentType.objects.get_for_model(model)
    objects = list(model.objects.filter(pk__in=pks).prefetch_related(*prefetch).order_by("pk"))
    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_type=content_type,
                base_content_type=content_type,
                object_id=str(obj.pk),
                created_at=now,
                object_str=str(obj)[:255],
                content=obj.serializable_data(),
            )
            for obj in objects
        ],
        batch_size=200,
    )
    logs = []
    for obj, revision in zip(objects, revisions, strict=True):
        live = live_by_pk[obj.pk]
        obj.latest_revision = revision
        obj.live = live
        obj.has_unpublished_changes = not live
        obj.live_revision = revision if live else None
        if live:
            obj.first_published_at = obj.first_published_at or now
            obj.last_published_at = now
        actions = ["wagtail.edit"] + (["wagtail.publish"] if live else [])
        for action in actions:
            logs.append(
                ModelLogEntry(
                    content_type=content_type,
                    label=str(obj)[:255],
                    action=action,
                    data={},
                    timestamp=now,
                    uuid=uuid.uuid4(),
                    revision=revision,
                    content_changed=True,
                    object_id=str(obj.pk),
                )
            )
    model.objects.bulk_update(
        objects,
        [
            "latest_revision",
            "live",
            "has_unpublished_changes",
            "live_revision",
            "first_published_at",
            "last_published_at",
        ],
        batch_size=500,
    )
    ModelLogEntry.objects.bulk_create(logs, batch_size=500)


def _remove_stale(model, prefix, keys, model_report):
    """Demo rows of an earlier plan (other scale or pools) that this plan no longer has."""
    stale = model.objects.filter(external_id__startswith=prefix).exclude(external_id__in=keys)
    model_report.removed = stale.count()
    if model_report.removed:
        stale.delete()


def write_region(region_name, plan, catalog_pks, prefix="") -> RegionReport:
    """Upsert one region's plan (call inside the region schema and a transaction).

    `catalog_pks` is {"offer_types": {slug: pk}, ...}. With `prefix` (e.g. "demo:jena:"),
    employers and offers under that key prefix that the plan no longer contains are deleted,
    so repeated runs converge on the current plan.
    """
    report = RegionReport(region_name)
    employer_ids = _write_employers(plan.employers, catalog_pks, report)
    _write_offers(plan.offers, employer_ids, catalog_pks, report)
    _write_events(plan.events, employer_ids, catalog_pks, report)
    if prefix:
        _remove_stale(Offer, prefix, [s.key for s in plan.offers], report.models["Angebote"])
        _remove_stale(
            Employer, prefix, [s.key for s in plan.employers], report.models["Arbeitgeber"]
        )
    return report


def _sync_taxonomies(model, names, specs, ids, catalog_pks) -> set:
    """Set each spec's taxonomy relations (`spec.m2m[name]`, slugs) by the catalog's pks."""
    changed = set()
    for name in names:
        table = catalog_pks[name]
        changed |= _sync_m2m(
            model,
            name,
            {ids[s.key]: {table[x] for x in s.m2m[name] if x in table} for s in specs},
        )
    return changed


def _publish_dirty(model, model_report, dirty_keys, ids, changed, *, live_by_pk=None, prefetch=()):
    """Publish the objects whose fields (`dirty_keys`) or relations (`changed`) changed."""
    dirty_pks = {ids[k] for k in dirty_keys} | changed
    _count_extra_updates(model_report, dirty_keys, ids, changed)
    if live_by_pk is None:
        live_by_pk = {pk: True for pk in dirty_pks}
    publish_bulk(model, dirty_pks, live_by_pk=live_by_pk, prefetch=prefetch)


def _write_employers(specs, catalog_pks, report) -> dict:
    employers, dirty, report.models["Arbeitgeber"] = _upsert(
        Employer, "external_id", specs, lambda s: {**s.values, "live": True}
    )
    ids = {s.key: employers[s.key].pk for s in specs}
    names = ("occupational_fields", "occupations", "benefits")
    changed = _sync_taxonomies(Employer, names, specs, ids, catalog_pks)
    changed |= _sync_contacts(employers, specs)
    changed |= create_logos([(employers[s.key], s.logo) for s in specs])
    changed |= create_employer_photos([employers[s.key] for s in specs])
    _publish_dirty(
        Employer,
        report.models["Arbeitgeber"],
        dirty,
        ids,
        changed,
        prefetch=(*names, "contacts", "photos"),
    )
    return ids


def _write_offers(specs, employer_ids, catalog_pks, report):
    def offer_values(s):
        return {
            **s.values,
            "employer_id": employer_ids[s.employer_key],
            "offer_type_id": catalog_pks["offer_types"][s.offer_type],
            "live": s.live,
        }

    offers, dirty, report.models["Angebote"] = _upsert(Offer, "external_id", specs, offer_values)
    ids = {s.key: offers[s.key].pk for s in specs}
    names = ("occupational_fields", "occupations", "target_groups", "school_levels")
    changed = _sync_taxonomies(Offer, names, specs, ids, catalog_pks)
    changed |= create_offer_photos([offers[s.key] for s in specs])
    _publish_dirty(
        Offer,
        report.models["Angebote"],
        dirty,
        ids,
        changed,
        live_by_pk={ids[s.key]: s.live for s in specs},
        prefetch=names,
    )


def _write_events(specs, employer_ids, catalog_pks, report):
    events, dirty, report.models["Veranstaltungen"] = _upsert(
        Event, "slug", specs, lambda s: {**s.values, "live": True}
    )
    ids = {s.values["slug"]: events[s.values["slug"]].pk for s in specs}
    table = catalog_pks["target_groups"]
    changed = _sync_m2m(
        Event,
        "employers",
        {ids[s.values["slug"]]: {employer_ids[k] for k in s.employer_keys} for s in specs},
    )
    changed |= _sync_m2m(
        Event,
        "target_groups",
        {ids[s.values["slug"]]: {table[x] for x in s.target_groups if x in table} for s in specs},
    )
    changed |= write_slots(specs, events)  # before publishing: slots are part of a revision
    _publish_dirty(
        Event,
        report.models["Veranstaltungen"],
        dirty,
        ids,
        changed,
        prefetch=("employers", "target_groups", "slots"),
    )
    report.registrations = write_participants(specs, events)


def _count_extra_updates(model_report, dirty_keys, ids, changed_pks):
    """Objects whose relations (not fields) changed count as updated, not unchanged."""
    field_dirty = {ids[k] for k in dirty_keys}
    extra = len(changed_pks - field_dirty)
    model_report.updated += extra
    model_report.unchanged -= extra
