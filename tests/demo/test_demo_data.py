"""The demo-content pools are consistent with the taxonomies (no database needed)."""

import json
import re
import string
from pathlib import Path

from einblick.events.models import EVENT_KINDS
from einblick.offers.inclusive import is_inclusive_title

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "platform" / "einblick" / "demo" / "data"
TAX = ROOT / "platform" / "einblick" / "taxonomy" / "data"
REGIONS = {"jena": "Jena", "weimar": "Weimar"}
# Rough bounding boxes of the two cities (latitude, longitude ranges).
BOXES = {"jena": ((50.86, 50.98), (11.50, 11.68)), "weimar": ((50.94, 51.02), (11.26, 11.38))}
SIZES = {"micro": (1, 9), "small": (10, 49), "medium": (50, 249), "large": (250, 100_000)}
INCLUSIVE = re.compile(r"\(m/w/d\)|\w:innen\b|\w:in\b")


def demo(name: str) -> dict:
    return json.loads((DEMO / f"{name}.json").read_text(encoding="utf-8"))


def slugs(name: str) -> set[str]:
    data = json.loads((TAX / f"{name}.json").read_text(encoding="utf-8"))
    return {e["slug"] for e in data["entries"]}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_pool_is_versioned():
    for name in ("companies", "streets", "people", "offer_texts", "events"):
        assert re.fullmatch(r"\d{4}\.\d+", demo(name)["version"]), name


def test_companies_cover_every_field_and_size_class_in_each_region():
    companies = demo("companies")["entries"]
    fields = slugs("occupational_fields")
    names = [c["name"] for c in companies]
    assert len({c["slug"] for c in companies}) == len(companies)
    assert len(set(names)) == len(names)
    for region in REGIONS:
        mine = [c for c in companies if c["region"] == region]
        assert len(mine) >= 90, region
        assert {c["field"] for c in mine} == fields, region
        assert {c["size_class"] for c in mine} == set(SIZES), region


def test_companies_reference_existing_occupations_and_benefits():
    occupations, benefits = slugs("occupations"), slugs("benefits")
    for company in demo("companies")["entries"]:
        assert company["occupations"], company["slug"]
        assert set(company["occupations"]) <= occupations, company["slug"]
        assert company["benefits"], company["slug"]
        assert set(company["benefits"]) <= benefits, company["slug"]
        assert len(set(company["benefits"])) == len(company["benefits"]), company["slug"]


def test_company_sizes_texts_and_regions_are_plausible():
    for company in demo("companies")["entries"]:
        low, high = SIZES[company["size_class"]]
        assert low <= company["employees"] <= high, company["slug"]
        assert company["region"] in REGIONS
        assert company["pitch"].endswith("."), company["slug"]
        assert len(company["pitch"]) <= 300, company["slug"]
        assert company["philosophy"].count(".") >= 2, company["slug"]


def test_streets_lie_in_their_city_with_a_matching_postcode():
    streets = demo("streets")["entries"]
    assert len({s["slug"] for s in streets}) == len(streets)
    for region, city in REGIONS.items():
        mine = [s for s in streets if s["region"] == region]
        assert len(mine) >= 25, region
        (lat_lo, lat_hi), (lon_lo, lon_hi) = BOXES[region]
        prefix = {"jena": "077", "weimar": "994"}[region]
        for street in mine:
            assert street["city"] == city
            assert re.fullmatch(rf"{prefix}\d\d", street["postcode"]), street["slug"]
            assert lat_lo <= street["latitude"] <= lat_hi, street["slug"]
            assert lon_lo <= street["longitude"] <= lon_hi, street["slug"]


def test_people_pool_is_large_and_diverse_enough():
    people = demo("people")
    genders = [p["gender"] for p in people["first_names"]]
    assert genders.count("f") >= 25 and genders.count("m") >= 25 and "n" in genders
    assert len(people["last_names"]) == len(set(people["last_names"])) >= 60
    for role in people["roles"]:
        assert set(role) == {"neutral", "f", "m"}


def test_offer_texts_cover_all_fourteen_offer_types():
    entries = demo("offer_texts")["entries"]
    assert [e["offer_type"] for e in entries] == [
        e["slug"]
        for e in json.loads((TAX / "offer_types.json").read_text(encoding="utf-8"))["entries"]
    ]
    for entry in entries:
        for key in ("titles", "descriptions", "tasks", "who_you_meet"):
            assert len(entry[key]) >= 3 or (key == "titles" and len(entry[key]) >= 4), entry
        assert set(entry["facts"]) == {"pay", "hours", "period"}


def test_offer_texts_use_only_documented_placeholders():
    data = demo("offer_texts")
    allowed = set(data["placeholders"])
    for entry in data["entries"]:
        for key in ("titles", "descriptions", "tasks", "who_you_meet"):
            for text in entry[key]:
                assert placeholders(text) <= allowed, text


def test_every_title_pattern_is_gender_inclusive():
    # the rule: "(m/w/d)", a ":in"/":innen" form, or listed as neutral (names no person)
    data = demo("offer_texts")
    neutral = set(data["neutral_titles"])
    titles = [t for e in data["entries"] for t in e["titles"]]
    offending = [t for t in titles if not (INCLUSIVE.search(t) or t in neutral)]
    assert offending == []
    assert neutral <= set(titles)
    # an occupation name always comes with "(m/w/d)"
    assert [t for t in titles if "{occupation}" in t and "(m/w/d)" not in t] == []


def test_rendered_titles_pass_the_offer_title_validator():
    # given every employer and a sample of occupations and fields
    data = demo("offer_texts")
    employers = [c["name"] for c in demo("companies")["entries"]]
    occupations = json.loads((TAX / "occupations.json").read_text(encoding="utf-8"))["entries"]
    fields = json.loads((TAX / "occupational_fields.json").read_text(encoding="utf-8"))["entries"]
    refused = set()
    for entry in data["entries"]:
        for pattern in entry["titles"]:
            for i, employer in enumerate(employers):
                title = pattern.format(
                    employer=employer,
                    occupation=occupations[i % len(occupations)]["name"],
                    field=fields[i % len(fields)]["name"],
                    city="Jena" if i % 2 else "Weimar",
                )
                # then the offers app accepts the generated title
                if not is_inclusive_title(title):
                    refused.add(title)
    assert sorted(refused) == []


def test_events_are_valid_templates_with_venues_in_both_regions():
    data = demo("events")
    kinds = {key for key, _ in EVENT_KINDS}
    groups = slugs("target_groups")
    entries = data["entries"]
    assert len(entries) >= 8
    assert len({e["slug"] for e in entries}) == len(entries)
    for event in entries:
        assert event["kind"] in kinds, event["slug"]
        assert set(event["target_groups"]) <= groups, event["slug"]
        assert placeholders(event["title"]) <= set(data["placeholders"]), event["slug"]
        assert 1 <= event["month"] <= 12
        assert re.fullmatch(r"\d\d:\d\d", event["start"])
        assert 0 < event["employers_min"] <= event["employers_max"]
        for region in REGIONS:
            venue = event["venues"][region]
            venue_slugs = {v["slug"] for v in data["venues"][region]}
            assert venue in venue_slugs | {"employer", "employers"}, (event["slug"], region)
    for region in REGIONS:
        for venue in data["venues"][region]:
            (lat_lo, lat_hi), (lon_lo, lon_hi) = BOXES[region]
            assert lat_lo <= venue["latitude"] <= lat_hi, venue["slug"]
            assert lon_lo <= venue["longitude"] <= lon_hi, venue["slug"]


REGISTRATION_KEYS = {
    "capacity",
    "slots",
    "opens_days_before",
    "closes_days_before",
    "allow_groups",
    "max_group_size",
    "min_age",
    "guardian_consent",
    "confirmed",
    "held",
    "waiting",
    "classes",
}


def _seats_taken(counts: dict) -> int:
    people = counts.get("confirmed", 0) + counts.get("held", 0)
    return people + sum(klass["size"] for klass in counts.get("classes", []))


def test_demo_registrations_never_overbook_and_wait_only_when_full():
    data = demo("events")
    bookable = [e for e in data["entries"] if "registration" in e]
    assert len(bookable) >= 4
    assert set(data["schools"]) == set(REGIONS)
    for event in bookable:
        config = event["registration"]
        assert set(config) <= REGISTRATION_KEYS, event["slug"]
        assert ("capacity" in config) != ("slots" in config), event["slug"]
        for counts in [config, *config.get("slots", [])]:
            taken = _seats_taken(counts)
            capacity = counts.get("capacity", taken)
            assert taken <= capacity, event["slug"]
            if counts.get("waiting"):
                assert taken == capacity, event["slug"]
        for klass in config.get("classes", []):
            assert config["allow_groups"] and klass["size"] <= config["max_group_size"]
