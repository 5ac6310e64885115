"""GET /api/v1/taxonomies/ (filter values) and /api/v1/regions/ (the active regions)."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest
from ninja import Router
from ninja.decorators import decorate_view

from einblick.events.models import EVENT_KINDS
from einblick.taxonomy.models import (
    Benefit,
    OccupationalField,
    OfferType,
    SchoolLevel,
    TargetGroup,
)
from einblick.taxonomy.regional.visibility import visible
from tenants.models import Region

from . import serialize
from .http import public_get
from .schemas import RegionOut, TaxonomiesOut

router = Router(tags=["Verzeichnisse"])
TAXONOMIES = {
    "offer_types": OfferType,
    "occupational_fields": OccupationalField,
    "target_groups": TargetGroup,
    "school_levels": SchoolLevel,
    "benefits": Benefit,
}


def _entries(model):
    """What the region shows (its hidden entries left out); on the portal every active one."""
    if connection.schema_name == "public":
        return model.objects.active()
    return visible(model)


@router.get("/taxonomies/", response=TaxonomiesOut, summary="Filterwerte")
@decorate_view(public_get)
def taxonomies(request: HttpRequest):
    """Die Kürzel für die Filter `typ`, `berufsfeld`, `zielgruppe`, `vorteil` und `art`."""
    data = {name: serialize.terms(_entries(model)) for name, model in TAXONOMIES.items()}
    data["event_kinds"] = [{"slug": value, "name": str(label)} for value, label in EVENT_KINDS]
    return data


def _region_url(request, region) -> str:
    host = region.primary_host()
    port = request.get_port()
    default = "443" if request.is_secure() else "80"
    return f"{request.scheme}://{host}{'' if port == default else ':' + port}/" if host else ""


@router.get("/regions/", response=list[RegionOut], summary="Regionen")
@decorate_view(public_get)
def regions(request: HttpRequest):
    """Die aktiven Regionen; ihre Angebote, Arbeitgeber und Veranstaltungen liefert die
    Schnittstelle unter der Adresse der Region."""
    active = Region.objects.exclude(schema_name="public").filter(is_active=True).order_by("name")
    return [
        {"slug": r.slug, "name": r.name, "url": _region_url(request, r)}
        for r in active.prefetch_related("domains")
    ]
