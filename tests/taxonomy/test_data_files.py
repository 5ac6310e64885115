"""The shipped taxonomy data files are well-formed and consistent (no database needed)."""

import json
import re
from pathlib import Path

import pytest

from einblick.offers.inclusive import is_inclusive_title

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "platform" / "einblick" / "taxonomy" / "data"
FILES = [
    "offer_types",
    "occupational_fields",
    "occupations",
    "benefits",
    "target_groups",
    "school_levels",
    "search_lexicon",
    "interest_questions",
]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
VERSION = re.compile(r"^\d{4}\.\d+$")


def load(name: str) -> list[dict]:
    data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return data["entries"]


def by_slug(name: str) -> dict[str, dict]:
    return {e["slug"]: e for e in load(name)}


@pytest.mark.parametrize("name", FILES)
def test_file_has_version_and_entries_with_unique_ascii_slugs_and_names(name):
    # given a taxonomy data file
    data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    # then it is {"version": "YYYY.N", "entries": [...]} with stable, unique keys
    assert set(data) == {"version", "entries"}
    assert VERSION.match(data["version"]), data["version"]
    entries = data["entries"]
    assert entries
    slugs = [e["slug"] for e in entries]
    assert [s for s in slugs if not SLUG.match(s)] == []
    assert len(slugs) == len(set(slugs))
    names = [e["name"] for e in entries]
    assert all(isinstance(n, str) and n.strip() == n and n for n in names)
    assert len(names) == len(set(names))


@pytest.mark.parametrize("name", FILES)
def test_every_entry_has_an_english_name_next_to_its_english_fields(name):
    # given a taxonomy data file (issue 20: the portal in English)
    for entry in load(name):
        # then every entry has an English name, and English fields only beside German ones
        assert isinstance(entry.get("name_en"), str) and entry["name_en"].strip(), entry["slug"]
        assert entry["name_en"].strip() == entry["name_en"], entry["slug"]
        for key in entry:
            if key.endswith("_en"):
                assert key[: -len("_en")] in entry, (entry["slug"], key)
    names = [e["name_en"] for e in load(name)]
    assert len(names) == len(set(names))


def test_offer_types_are_exactly_the_fourteen_in_order():
    entries = load("offer_types")
    assert [e["name"] for e in entries] == [
        "Ferienjob",
        "Schülerpraktikum",
        "Studierendenpraktikum",
        "Pflichtpraktikum",
        "Abschlussarbeit",
        "Projekt-/Facharbeit",
        "Schnuppertag",
        "Feriencamp",
        "Tag der offenen Tür",
        "Kooperationsangebot für Schulen",
        "Ausbildungsplatz",
        "Duales Studium",
        "Werkstudierendenjob",
        "Berufseinstieg",
    ]


def test_offer_types_have_consistent_job_posting_data():
    allowed = {"INTERN", "PART_TIME", "FULL_TIME", "TEMPORARY", "OTHER"}
    for entry in load("offer_types"):
        assert set(entry) == {
            "slug",
            "name",
            "name_en",
            "name_plural",
            "name_plural_en",
            "description",
            "job_posting",
            "employment_type",
            "icon",
        }
        assert isinstance(entry["job_posting"], bool)
        # an employment type exactly when the offer is a JobPosting
        if entry["job_posting"]:
            assert entry["employment_type"] in allowed, entry["slug"]
        else:
            assert entry["employment_type"] is None, entry["slug"]
        assert entry["description"].endswith("."), entry["slug"]
    postings = {e["slug"] for e in load("offer_types") if e["job_posting"]}
    assert {"ausbildungsplatz", "duales-studium", "ferienjob", "berufseinstieg"} <= postings
    assert not {"schnuppertag", "feriencamp", "tag-der-offenen-tuer"} & postings


def test_occupational_fields_are_the_sixteen_ba_berufsfelder():
    entries = load("occupational_fields")
    assert [e["name"] for e in entries] == [
        "Landwirtschaft, Natur, Umwelt",
        "Produktion, Fertigung",
        "Bau, Architektur, Vermessung",
        "Metall, Maschinenbau",
        "Elektro",
        "IT, Computer",
        "Naturwissenschaften",
        "Technik, Technologiefelder",
        "Wirtschaft, Verwaltung",
        "Verkehr, Logistik",
        "Dienstleistung",
        "Gesundheit",
        "Soziales, Pädagogik",
        "Gesellschafts-, Geisteswissenschaften",
        "Kunst, Kultur, Gestaltung",
        "Medien",
    ]
    for entry in entries:
        assert entry["short_name"] and entry["icon"] and entry["description"]


def test_every_occupation_references_an_existing_field_and_every_field_has_one():
    fields = by_slug("occupational_fields")
    occupations = load("occupations")
    assert [o["slug"] for o in occupations if o["field"] not in fields] == []
    assert {o["field"] for o in occupations} == set(fields)


def test_occupations_have_plausible_codes_durations_and_search_terms():
    occupations = load("occupations")
    assert len(occupations) >= 200
    for occ in occupations:
        assert set(occ) == {
            "slug",
            "name",
            "name_en",
            "field",
            "kldb",
            "duration_months",
            "bibb_recognised",
            "search_terms",
        }
        assert occ["kldb"] is None or re.fullmatch(r"[1-9]\d{3}2", occ["kldb"]), occ["slug"]
        assert occ["duration_months"] in (None, 24, 36, 42), occ["slug"]
        assert isinstance(occ["bibb_recognised"], bool)
        terms = occ["search_terms"]
        assert terms and all(isinstance(t, str) and t for t in terms), occ["slug"]
        assert len({t.lower() for t in terms}) == len(terms), occ["slug"]


def test_occupation_names_follow_the_inclusive_slash_convention():
    # the convention: official male/female slash forms as BIBB publishes them ("Bäcker/-in",
    # "Kaufmann/-frau", "Mikrotechnologe/Mikrotechnologin") or a neutral noun ("Fachkraft ...")
    for occ in load("occupations"):
        name = occ["name"]
        if "/" in name:
            assert is_inclusive_title(name) or re.search(r"(\w+)e/\1in\b", name), name
        else:
            assert "kraft" in name.split()[0], name


def test_occupations_include_the_must_have_list():
    slugs = set(by_slug("occupations"))
    must = {
        "mechatroniker",
        "kfz-mechatroniker",
        "elektroniker-energie-und-gebaeudetechnik",
        "elektroniker-fuer-betriebstechnik",
        "elektroniker-fuer-automatisierungstechnik",
        "baecker",
        "fachinformatiker-anwendungsentwicklung",
        "fachinformatiker-systemintegration",
        "fachinformatiker-daten-und-prozessanalyse",
        "fachinformatiker-digitale-vernetzung",
        "industriekaufmann",
        "medizinischer-fachangestellter",
        "pflegefachmann",
        "tischler",
        "anlagenmechaniker-shk",
        "feinoptiker",
        "augenoptiker",
        "chemielaborant",
        "koch",
        "hotelfachmann",
        "verkaeufer",
        "kaufmann-im-einzelhandel",
        "friseur",
        "zahnmedizinischer-fachangestellter",
        "mikrotechnologe",
        "verfahrensmechaniker-kunststoff",
    }
    assert sorted(must - slugs) == []


def test_benefits_are_a_curated_list_with_icons():
    entries = load("benefits")
    assert 20 <= len(entries) <= 35
    for entry in entries:
        assert entry["icon"] and entry["description"], entry["slug"]


def test_target_groups_are_the_six_audiences():
    entries = load("target_groups")
    assert [e["name"] for e in entries] == [
        "Schüler:innen",
        "Studierende",
        "Absolvent:innen",
        "Arbeitsuchende",
        "Lehrkräfte/Schulen",
        "Eltern",
    ]
    for entry in entries:
        assert entry["audience"]["address"] in ("du", "Sie")


def test_school_levels_have_sane_class_ranges():
    for entry in load("school_levels"):
        low, high = entry["min_class"], entry["max_class"]
        assert (low is None) == (high is None), entry["slug"]
        if low is not None:
            assert 1 <= low <= high <= 13, entry["slug"]


def test_search_lexicon_refers_to_existing_slugs_and_has_intents_and_families():
    # given the lexicon and the taxonomies it points to
    entries = load("search_lexicon")
    known = {
        "offer_types": set(by_slug("offer_types")),
        "occupational_fields": set(by_slug("occupational_fields")),
        "target_groups": set(by_slug("target_groups")),
    }
    # then every entry has phrases, a known kind and only existing slugs
    assert {e["kind"] for e in entries} == {"synonyms", "intent"}
    assert all(e["phrases"] and all(isinstance(p, str) for p in e["phrases"]) for e in entries)
    for name, slugs in known.items():
        assert [s for e in entries for s in e.get(name, []) if s not in slugs] == [], name
    assert sum(e["kind"] == "intent" for e in entries) >= 24
    assert sum(e["kind"] == "synonyms" for e in entries) >= 30
