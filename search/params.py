"""Request parameters → SearchQuery, shared by the search pages and the JSON API.

Every bad parameter raises `ParamError(parameter, message)` (German message for visitors).
"""

from __future__ import annotations

import datetime as dt
import re

from .documents import KINDS
from .query import MAX_PAGE_SIZE, SORTS, SearchQuery

SLUG = re.compile(r"^[A-Za-z0-9_-]{1,100}$")
LIST_PARAMS = {
    "type": "offer_types",
    "field": "fields",
    "occupation": "occupations",
    "target": "target_groups",
    "benefit": "benefits",
}


class ParamError(ValueError):
    def __init__(self, parameter: str, message: str):
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = message

    def as_json(self) -> dict:
        return {"error": {"parameter": self.parameter, "message": self.message}}


def _list(params, name: str) -> list[str]:
    values = []
    for raw in params.getlist(name):
        values.extend(v.strip() for v in raw.split(",") if v.strip())
    return values


def _slugs(params, name: str) -> list[str]:
    values = _list(params, name)
    for v in values:
        if not SLUG.match(v):
            raise ParamError(name, f"„{v}“ ist kein gültiges Kürzel (Buchstaben, Ziffern, -, _).")
    return values


def _int(params, name: str, default: int, lo: int, hi: int) -> int:
    raw = params.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ParamError(name, f"Bitte eine ganze Zahl zwischen {lo} und {hi} angeben.")
    if not lo <= value <= hi:
        raise ParamError(name, f"Bitte eine ganze Zahl zwischen {lo} und {hi} angeben.")
    return value


def _date(params, name: str) -> dt.date | None:
    raw = params.get(name, "").strip()
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ParamError(name, "Bitte ein Datum im Format JJJJ-MM-TT angeben, z. B. 2026-07-01.")


def parse_near(raw: str, name: str = "near") -> tuple[float, float]:
    try:
        lat_s, lon_s = raw.split(",")
        lat, lon = float(lat_s), float(lon_s)
    except ValueError:
        raise ParamError(name, "Bitte als „Breite,Länge“ angeben, z. B. 50.9271,11.5892.")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ParamError(
            name, "Breite muss zwischen -90 und 90, Länge zwischen -180 und 180 liegen."
        )
    return lat, lon


def parse(
    params, *, current_region: str | None, known_regions: set[str], towns=None
) -> SearchQuery:
    """Build a SearchQuery. `current_region` is the region of a region host (None on the
    portal): there the search is limited to it unless scope=all."""
    q = params.get("q", "").strip()
    if len(q) > 200:
        raise ParamError("q", "Der Suchbegriff darf höchstens 200 Zeichen lang sein.")
    kinds = _list(params, "kind")
    for kind in kinds:
        if kind not in KINDS:
            raise ParamError("kind", f"„{kind}“ gibt es nicht; erlaubt: {', '.join(KINDS)}.")
    scope = params.get("scope", "").strip() or ("region" if current_region else "all")
    if scope not in ("region", "all"):
        raise ParamError("scope", "Erlaubt sind „region“ und „all“.")
    regions = _slugs(params, "region")
    for slug in regions:
        if slug not in known_regions:
            raise ParamError("region", f"Die Region „{slug}“ gibt es nicht.")
    if current_region and scope == "region":
        if regions and regions != [current_region]:
            raise ParamError(
                "region", "Auf einem Regionsportal nur mit scope=all in anderen Regionen suchen."
            )
        regions = [current_region]
    if current_region is None and scope == "region":
        raise ParamError("scope", "Auf dem Landesportal ist nur scope=all möglich.")
    near = None
    if params.get("near", "").strip():
        near = parse_near(params["near"].strip())
    elif params.get("town", "").strip() and towns is not None:
        name = params["town"].strip()
        match = next((t for t in towns if t["name"] == name), None)
        if match is None:
            raise ParamError("town", f"Den Ort „{name}“ kennen wir nicht.")
        near = (match["lat"], match["lon"])
    radius = None
    if params.get("radius_km", "").strip():
        try:
            radius = float(params["radius_km"])
        except ValueError:
            raise ParamError("radius_km", "Bitte eine Zahl in Kilometern angeben, z. B. 25.")
        if not 0 < radius <= 500:
            raise ParamError(
                "radius_km", "Der Umkreis muss größer als 0 und höchstens 500 km sein."
            )
        if near is None:
            raise ParamError("radius_km", "Ein Umkreis braucht einen Standort (near oder town).")
    sort = params.get("sort", "").strip() or "relevance"
    if sort not in SORTS:
        raise ParamError("sort", f"Erlaubt sind: {', '.join(SORTS)}.")
    if sort == "distance" and near is None:
        raise ParamError(
            "sort", "Sortieren nach Entfernung braucht einen Standort (near oder town)."
        )
    period_from, period_to = _date(params, "from"), _date(params, "to")
    if period_from and period_to and period_from > period_to:
        raise ParamError("to", "Das Ende des Zeitraums liegt vor seinem Anfang.")
    values = {attr: _slugs(params, name) for name, attr in LIST_PARAMS.items()}
    return SearchQuery(
        q=q,
        regions=regions or None,
        kinds=kinds,
        period_from=period_from,
        period_to=period_to,
        near=near,
        radius_km=radius,
        sort=sort,
        page=_int(params, "page", 1, 1, 1000),
        page_size=_int(params, "page_size", 20, 1, MAX_PAGE_SIZE),
        **values,
    )
