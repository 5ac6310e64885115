"""The search parameter form (ADR 0008): German names, English aliases, errors as sent."""

import datetime as dt

import pytest
from django.http import QueryDict

from search.params import ALIASES, ParamError, SearchParamsForm, canonical, parse

REGIONS = {"jena", "weimar"}
TOWNS = [{"name": "Jena", "lat": 50.9271, "lon": 11.5892}]


def query(qs: str, region: str | None = "jena", towns=TOWNS):
    return parse(QueryDict(qs), current_region=region, known_regions=REGIONS, towns=towns)


def error(qs: str, region: str | None = "jena") -> tuple[str, str]:
    with pytest.raises(ParamError) as caught:
        query(qs, region)
    return caught.value.parameter, caught.value.message


def test_german_names_fill_the_query():
    q = query(
        "q=Bäcker&typ=praktikum,ferienjob&berufsfeld=lebensmittel&beruf=baecker"
        "&zielgruppe=schueler&vorteil=essen&von=2026-07-01&bis=2026-07-31"
        "&ort=Jena&umkreis=25&sort=distance&page=2&page_size=5&kind=offer"
    )
    assert (q.q, q.regions, q.kinds) == ("Bäcker", ["jena"], ["offer"])
    assert q.offer_types == ["praktikum", "ferienjob"]
    assert (q.fields, q.occupations, q.target_groups, q.benefits) == (
        ["lebensmittel"],
        ["baecker"],
        ["schueler"],
        ["essen"],
    )
    assert (q.period_from, q.period_to) == (dt.date(2026, 7, 1), dt.date(2026, 7, 31))
    assert (q.near, q.radius_km, q.sort, q.page, q.page_size) == (
        (50.9271, 11.5892),
        25.0,
        "distance",
        2,
        5,
    )


def test_english_aliases_give_the_same_query():
    german = query(
        "typ=a&berufsfeld=b&beruf=c&zielgruppe=d&vorteil=e&von=2026-01-01&bis=2026-02-01&nahe=50,11&umkreis=5"
    )
    english = query(
        "type=a&field=b&occupation=c&target=d&benefit=e&from=2026-01-01&to=2026-02-01&near=50,11&radius_km=5"
    )
    assert german == english


def test_german_name_wins_over_its_alias():
    assert query("typ=a&type=b").offer_types == ["a"]
    data, sent_as = canonical(QueryDict("type=b&typ=a&q=x"))
    assert list(data.lists()) == [("typ", ["a"]), ("q", ["x"])]
    assert sent_as == {}


def test_canonical_renames_aliases_in_place_and_remembers_them():
    data, sent_as = canonical(QueryDict("q=x&town=Jena&radius_km=5&page=2"))
    assert data.urlencode() == "q=x&ort=Jena&umkreis=5&page=2"
    assert sent_as == {"ort": "town", "umkreis": "radius_km"}


def test_defaults_on_a_region_host_and_on_the_portal():
    region = query("")
    assert (region.regions, region.sort, region.page, region.page_size) == (
        ["jena"],
        "relevance",
        1,
        20,
    )
    assert query("scope=all").regions is None
    assert query("", region=None).regions is None


def test_first_error_in_parameter_order_named_as_sent():
    assert error("near=95,11&radius_km=abc") == (
        "near",
        "Breite muss zwischen -90 und 90, Länge zwischen -180 und 180 liegen.",
    )
    assert error("umkreis=10") == ("umkreis", "Ein Umkreis braucht einen Standort (nahe oder ort).")
    assert error("radius_km=600&near=50,11") == (
        "radius_km",
        "Der Umkreis muss größer als 0 und höchstens 500 km sein.",
    )
    assert error("sort=distance")[0] == "sort"
    assert error("ort=Atlantis") == ("ort", "Den Ort „Atlantis“ kennen wir nicht.")
    assert error("typ=a%20b") == (
        "typ",
        "„a b“ ist kein gültiges Kürzel (Buchstaben, Ziffern, -, _).",
    )
    assert error("page=x") == ("page", "Bitte eine ganze Zahl zwischen 1 und 1000 angeben.")
    assert error("scope=region", region=None) == (
        "scope",
        "Auf dem Landesportal ist nur scope=all möglich.",
    )
    assert error("region=weimar")[0] == "region"
    assert error("scope=region&region=atlantis", region=None)[0] == "region"


def test_town_is_ignored_without_a_town_list():
    # the JSON API has no town list: `ort` alone filters nothing, `umkreis` needs `nahe`
    assert parse(QueryDict("ort=Jena"), current_region=None, known_regions=REGIONS).near is None


def test_every_alias_is_a_form_field():
    assert set(ALIASES) <= set(SearchParamsForm.base_fields)


def test_offer_list_filters_use_the_same_names():
    from einblick.offers.filters import OfferFilter

    # season, school level, pay and the language at work ("Englisch am Arbeitsplatz")
    offer_only = {"zeitraum", "schulstufe", "verguetung", "arbeitssprache"}
    assert set(OfferFilter.base_filters) - offer_only <= set(SearchParamsForm.base_fields)
