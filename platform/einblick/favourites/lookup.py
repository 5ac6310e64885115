"""Resolve Merkliste ids ("jena:offer:12") to what a visitor may see of them.

Each id names a region, a kind and a primary key. The answer is read from the region's own
schema, so it is exact whichever search backend runs: `available` (public now, with title and
link), `expired` (was published, has run out: title only) or `gone` (unknown, withdrawn or
never public: nothing about it is revealed).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy

from einblick.employers.models import Employer
from einblick.events.models import Event
from einblick.offers.models import Offer
from einblick.offers.templatetags.offer_tags import period_label
from tenants.models import Region
from tenants.utils import in_region, region_url

ID_PATTERN = re.compile(r"^([a-z0-9-]{1,40}):(offer|employer|event):([1-9][0-9]{0,17})$")
MAX_IDS = 100
KIND_LABELS = {
    "offer": gettext_lazy("Angebot"),
    "employer": gettext_lazy("Arbeitgeber"),
    "event": gettext_lazy("Veranstaltung"),
}
MODELS = {"offer": Offer, "employer": Employer, "event": Event}


class BadIds(ValueError):
    """The `ids` parameter is malformed; the message names the offending value (German)."""


@dataclass
class Item:
    id: str
    kind: str
    status: str  # "available" | "expired" | "gone"
    region: str = ""
    region_name: str = ""
    title: str = ""
    url: str = ""
    subtitle: str = ""  # employer name, event date or the employer's town
    label: str = ""  # offer type, event kind or "Arbeitgeber"

    def as_json(self) -> dict:
        return asdict(self)


def parse_ids(raw: str) -> list[tuple[str, str, int]]:
    """ "jena:offer:12,weimar:event:3" → [(region, kind, pk), ...], duplicates dropped."""
    parsed: list[tuple[str, str, int]] = []
    for part in (p.strip() for p in raw.split(",")):
        if not part:
            continue
        match = ID_PATTERN.match(part)
        if match is None:
            raise BadIds(
                f"„{part[:60]}“ ist keine gültige Merklisten-Kennung (z. B. jena:offer:12)."
            )
        entry = (match[1], match[2], int(match[3]))
        if entry not in parsed:
            parsed.append(entry)
    if len(parsed) > MAX_IDS:
        raise BadIds(f"Höchstens {MAX_IDS} Einträge auf einmal.")
    return parsed


def resolve(ids: list[tuple[str, str, int]]) -> list[Item]:
    """Items in the order asked; unknown regions and inactive regions give `gone`."""
    regions = {
        r.slug: r
        for r in Region.objects.filter(slug__in={slug for slug, _, _ in ids}, is_active=True)
        .exclude(schema_name="public")
        .prefetch_related("domains")
    }
    found: dict[tuple[str, str, int], Item] = {}
    for slug, region in regions.items():
        wanted = [(kind, pk) for s, kind, pk in ids if s == slug]
        with in_region(region):
            found.update(_resolve_in_region(region, wanted))
    return [
        found.get((slug, kind, pk)) or Item(id=f"{slug}:{kind}:{pk}", kind=kind, status="gone")
        for slug, kind, pk in ids
    ]


def _resolve_in_region(region, wanted) -> dict:
    host = _primary_host(region)
    now = timezone.now()
    result = {}
    for kind, model in MODELS.items():
        pks = [pk for k, pk in wanted if k == kind]
        if not pks:
            continue
        manager = model.objects
        public, expired = _partition(kind, manager, pks, now)
        rows = _with_relations(kind, manager.filter(pk__in=public | expired))
        for obj in rows:
            status = "available" if obj.pk in public else "expired"
            item = _describe(kind, obj, status)
            item.id = f"{region.slug}:{kind}:{obj.pk}"
            item.region, item.region_name = region.slug, region.name
            if status == "available":
                path = obj.get_url()
                item.url = region_url(host, path) if host and path else path
            result[(region.slug, kind, obj.pk)] = item
    return result


def _partition(kind: str, manager, pks: list[int], now) -> tuple[set, set]:
    """(pks public now, pks that were published and have run out). A past event counts as
    run out although it stays public in the event archive."""
    public = set(manager.public(now).filter(pk__in=pks).values_list("pk", flat=True))
    expired = set(manager.expired(now).filter(pk__in=pks).values_list("pk", flat=True))
    if kind == "event":
        upcoming = set(manager.upcoming(now).filter(pk__in=pks).values_list("pk", flat=True))
        expired |= public - upcoming
        public = upcoming
    return public, expired - public


def _with_relations(kind: str, queryset):
    if kind == "offer":
        return queryset.select_related("employer", "offer_type")
    return queryset


def _describe(kind: str, obj, status: str) -> Item:
    item = Item(id="", kind=kind, status=status, label=str(KIND_LABELS[kind]))
    if kind == "offer":
        item.title = obj.title
        item.label = obj.offer_type.label if obj.offer_type_id else item.label
        item.subtitle = f"{obj.employer.name} · {period_label(obj)}"
    elif kind == "event":
        item.title = obj.title
        item.label = obj.get_kind_display()
        item.subtitle = timezone.localtime(obj.start).strftime("%d.%m.%Y, %H:%M Uhr")
    else:
        item.title = obj.name
        item.subtitle = obj.city or ""
    return item


def _primary_host(region) -> str:
    domains = list(region.domains.all())
    primary = [d for d in domains if d.is_primary] or domains
    return primary[0].domain if primary else ""
