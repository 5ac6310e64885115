"""Towns with coordinates for the distance filter ("Umkreis um …").

A provider can be registered (`search.registry.register_towns_provider`); otherwise the list is
read from settings.SEARCH_TOWNS_FILE (default transfer_kit/data/thuringia_towns.json) when that
file exists. Missing or malformed data means: no town list, never an error.
"""

from __future__ import annotations

import functools
import json
import logging
from pathlib import Path

from django.conf import settings

from .registry import towns_provider

logger = logging.getLogger("einblick.search")


def towns_for(region: str | None) -> list[dict]:
    provider = towns_provider()
    try:
        towns = provider(region) if provider else _from_file(region)
    except Exception as exc:
        logger.warning("search: town list unavailable: %s", exc)
        return []
    return sorted(towns, key=lambda t: t["name"])


def _from_file(region: str | None) -> list[dict]:
    path = Path(
        getattr(settings, "SEARCH_TOWNS_FILE", "")
        or settings.BASE_DIR / "transfer_kit" / "data" / "thuringia_towns.json"
    )
    towns = _load(str(path))
    if region is None:
        return towns
    scoped = [t for t in towns if region in t["regions"]]
    return scoped or towns


@functools.cache
def _load(path: str) -> list[dict]:
    p = Path(path)
    if not p.exists():
        return []
    data = json.loads(p.read_text(encoding="utf-8"))
    if isinstance(data, dict) and "districts" in data:
        return _from_districts(data)
    if isinstance(data, dict):
        data = data.get("towns") or data.get("items") or []
    towns = []
    for item in data:
        if not isinstance(item, dict):
            continue
        name = item.get("name")
        lat = item.get("lat", item.get("latitude"))
        lon = item.get("lon", item.get("lng", item.get("longitude")))
        if not name or lat is None or lon is None:
            continue
        regions = {
            str(v).lower()
            for k in ("region", "regions", "district", "landkreis", "kreis")
            for v in (item.get(k) if isinstance(item.get(k), list) else [item.get(k)])
            if v
        }
        towns.append({"name": str(name), "lat": float(lat), "lon": float(lon), "regions": regions})
    return towns


def _from_districts(data: dict) -> list[dict]:
    """transfer_kit's format: districts with towns, plus region → district catchments."""
    regions_of: dict[str, set[str]] = {}
    for region, districts in (data.get("catchments") or {}).items():
        for district in districts:
            regions_of.setdefault(district, set()).add(region)
    towns = []
    for district in data.get("districts") or []:
        for town in district.get("towns") or []:
            lat, lon = town.get("latitude"), town.get("longitude")
            if town.get("name") and lat is not None and lon is not None:
                towns.append(
                    {
                        "name": town["name"],
                        "lat": float(lat),
                        "lon": float(lon),
                        "regions": regions_of.get(district.get("slug"), set()),
                    }
                )
    return towns
