"""Coordinates from postcode and town, looked up in the local town table (no web service).

Company logins never see latitude/longitude: their forms fill the coordinates from the
address with this table (`transfer_kit/data/thuringia_towns.json`, or SEARCH_TOWNS_FILE).
The table lists towns, so the result is the town's centre: enough for "Umkreis um …".
"""

import functools
import json
import re
from pathlib import Path

from django.conf import settings

COORDINATE_FIELDS = ("latitude", "longitude")


def _towns_file() -> Path:
    configured = getattr(settings, "SEARCH_TOWNS_FILE", "")
    return Path(configured or settings.BASE_DIR / "transfer_kit" / "data" / "thuringia_towns.json")


@functools.cache
def _towns(path: str) -> tuple[dict, ...]:
    file = Path(path)
    if not file.exists():
        return ()
    data = json.loads(file.read_text(encoding="utf-8"))
    rows = []
    districts = data.get("districts", []) if isinstance(data, dict) else []
    for district in districts:
        for town in district.get("towns") or []:
            if town.get("latitude") is None or town.get("longitude") is None:
                continue
            rows.append(
                {
                    "name": str(town.get("name", "")).casefold(),
                    "postcode": str(town.get("postcode", "")),
                    "coordinates": (float(town["latitude"]), float(town["longitude"])),
                }
            )
    return tuple(rows)


def _first_word(name: str) -> str:
    return re.split(r"[\s\-/,(]+", name, maxsplit=1)[0]


def coordinates_for(postcode: str, city: str) -> tuple[float, float] | None:
    """(lat, lon) of the town: same postcode, else same name, else same postcode area."""
    towns = _towns(str(_towns_file()))
    postcode, city = (postcode or "").strip(), (city or "").strip().casefold()
    for matches in (
        lambda t: postcode and t["postcode"] == postcode,
        lambda t: city and t["name"] == city,
        lambda t: city and _first_word(city) == _first_word(t["name"]),
        lambda t: len(postcode) == 5 and t["postcode"][:3] == postcode[:3],
    ):
        for town in towns:
            if matches(town):
                return town["coordinates"]
    return None


class CoordinatesFromAddressMixin:
    """For admin model forms with an address: fill the coordinates from postcode and town.

    When the form hides the coordinate fields (company logins), they follow every address
    change; when it shows them empty (editors), they are filled if the town is known.
    """

    def clean(self):
        cleaned = super().clean()
        shown = all(name in self.fields for name in COORDINATE_FIELDS)
        if shown and (cleaned.get("latitude") is not None or cleaned.get("longitude") is not None):
            return cleaned
        address_changed = {"postcode", "city"} & set(self.changed_data)
        if not shown and not address_changed and self.instance.latitude is not None:
            return cleaned
        found = coordinates_for(cleaned.get("postcode", ""), cleaned.get("city", ""))
        if shown:
            if found:
                cleaned["latitude"], cleaned["longitude"] = found
        else:
            self.instance.latitude, self.instance.longitude = found or (None, None)
        return cleaned
