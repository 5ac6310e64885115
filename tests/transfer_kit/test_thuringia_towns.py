"""The Thuringian towns reference file is complete and plausible (no database needed)."""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOWNS = ROOT / "transfer_kit" / "data" / "thuringia_towns.json"
# Rough bounding box of Thuringia (latitude, longitude).
LAT, LON = (50.20, 51.65), (9.85, 12.70)


def load() -> dict:
    return json.loads(TOWNS.read_text(encoding="utf-8"))


def districts() -> dict[str, dict]:
    return {d["slug"]: d for d in load()["districts"]}


def test_all_22_districts_with_unique_regional_keys():
    data = load()
    assert data["state_ars"] == "160000000000"
    entries = data["districts"]
    assert len(entries) == 22
    keys = [d["ars"] for d in entries]
    assert len(set(keys)) == 22
    assert all(re.fullmatch(r"160[5-7]\d0000000", k) for k in keys)
    kreisfrei = {d["name"] for d in entries if d["kind"] == "kreisfreie Stadt"}
    assert kreisfrei == {"Erfurt", "Gera", "Jena", "Suhl", "Weimar"}


def test_regional_keys_match_the_ones_used_elsewhere():
    # the keys the test regions and the Gera example use
    by_slug = districts()
    assert by_slug["jena"]["ars"] == "160530000000"
    assert by_slug["weimar"]["ars"] == "160550000000"
    assert by_slug["gera"]["ars"] == "160520000000"
    assert by_slug["erfurt"]["ars"] == "160510000000"
    assert by_slug["ilm-kreis"]["ars"] == "160700000000"
    # Eisenach belongs to the Wartburgkreis since 2021
    assert "eisenach" in {t["slug"] for t in by_slug["wartburgkreis"]["towns"]}


def test_every_town_has_a_postcode_and_coordinates_in_thuringia():
    for district in load()["districts"]:
        assert district["seat"] in {t["name"] for t in district["towns"]}, district["slug"]
        slugs = [t["slug"] for t in district["towns"]]
        assert len(slugs) == len(set(slugs)), district["slug"]
        for town in district["towns"]:
            assert re.fullmatch(r"\d{5}", town["postcode"]), town["name"]
            assert LAT[0] <= town["latitude"] <= LAT[1], town["name"]
            assert LON[0] <= town["longitude"] <= LON[1], town["name"]
            for value in (town["latitude"], town["longitude"]):
                assert round(value, 4) == value, town["name"]


def test_catchments_of_the_pilot_regions_have_at_least_eight_towns():
    data = load()
    by_slug = districts()
    for region in ("jena", "weimar", "gera", "erfurt", "ilm-kreis"):
        members = data["catchments"][region]
        assert set(members) <= set(by_slug), region
        towns = [t for slug in members for t in by_slug[slug]["towns"]]
        assert len(towns) >= 8, region
