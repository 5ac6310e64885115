"""Demo content a reader can trust (issue 19): titles agree with dates and employers, pages
and footer name one contact address.

The plan of each demo region is checked as `load_demo_content` would write it: an offer
whose title names a season (Sommer, Herbstferien, Winter, Ostern) takes place in that season,
an offer belongs to one of its employer's Berufsfelder, and a title that names a place of
work (Produktion, Lager, Service) is only used where that work exists.
"""

import datetime
import re

import pytest
from django_tenants.utils import tenant_context

from einblick.demo.content.branding import apply_demo_branding
from einblick.demo.content.catalog import build_catalog
from einblick.demo.content.pages import load_demo_pages
from einblick.demo.content.plan import Planner
from einblick.demo.content.pools import load_pools
from einblick.demo.content.rules import (
    SEASON_MONTHS,
    TITLE_FIELDS,
    one_gender_form,
    season_in_title,
)

TODAY = datetime.date(2026, 12, 2)


@pytest.fixture
def plans(taxonomies):
    catalog, pools = build_catalog(), load_pools()
    return {
        slug: Planner(catalog, pools, slug, seed=0, scale=1, today=TODAY).plan()
        for slug in ("jena", "weimar")
    }


def _months(values) -> set[int]:
    if values["period_kind"] == "season":
        return set(SEASON_MONTHS[values["season"]])
    start, end = values["start_date"], values["end_date"] or values["start_date"]
    return {start.month, end.month} if start else set()


def test_season_words_in_titles_match_the_dates(plans):
    # given every planned offer whose title names a season
    wrong = []
    for slug, plan in plans.items():
        for spec in plan.offers:
            season = season_in_title(spec.values["title"])
            if not season or spec.values["period_kind"] == "on_request":
                continue
            # then its season or dates lie in that season
            if not _months(spec.values) <= set(SEASON_MONTHS[season]):
                wrong.append((slug, spec.values["title"], sorted(_months(spec.values))))
    assert wrong == []


def test_seasonal_offers_name_no_other_season(plans):
    wrong = [
        (spec.values["title"], spec.values["season"])
        for plan in plans.values()
        for spec in plan.offers
        if spec.values["period_kind"] == "season"
        and season_in_title(spec.values["title"]) not in ("", spec.values["season"])
    ]
    assert wrong == []


def test_there_are_seasonal_titles_to_check(plans):
    titled = [
        spec
        for plan in plans.values()
        for spec in plan.offers
        if season_in_title(spec.values["title"]) and spec.values["period_kind"] != "on_request"
    ]
    assert len(titled) >= 5


def test_offers_belong_to_a_berufsfeld_of_their_employer(plans):
    wrong = []
    for slug, plan in plans.items():
        fields = {emp.key: set(emp.m2m["occupational_fields"]) for emp in plan.employers}
        for spec in plan.offers:
            if not set(spec.m2m["occupational_fields"]) <= fields[spec.employer_key]:
                wrong.append((slug, spec.values["title"], spec.m2m["occupational_fields"]))
    assert wrong == []


def test_titles_naming_a_place_of_work_fit_the_berufsfeld(plans):
    wrong = [
        (spec.values["title"], spec.m2m["occupational_fields"])
        for plan in plans.values()
        for spec in plan.offers
        for word, fields in TITLE_FIELDS.items()
        if word in spec.values["title"] and not set(spec.m2m["occupational_fields"]) & fields
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("title", "season"),
    [
        ("Sommerjob (m/w/d) bei Backhaus Ammerbach", "sommerferien"),
        ("Herbstferien-Werkstatt bei Zeiss", "herbstferien"),
        ("Feriencamp im Winter", "winterferien"),
        ("Osterferien-Camp", "osterferien"),
        ("Ferienjob im Lager (m/w/d)", ""),
    ],
)
def test_season_in_title(title, season):
    assert season_in_title(title) == season


def test_pages_and_footer_name_one_contact_address(taxonomies, jena_region, jena_client):
    # given Jena's demo branding and starter pages
    with tenant_context(jena_region):
        apply_demo_branding("jena")
        load_demo_pages(jena_region, today=TODAY)
    # when the schools' page, which names the contact in its text, is opened
    html = jena_client.get("/fuer-schulen/").content.decode()
    # then its text and the footer name one and the same address
    assert set(re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", html)) == {"einblick@jena.localhost"}


def test_demo_titles_use_one_gender_form(plans):
    # given every planned offer title of both regions
    titles = [spec.values["title"] for plan in plans.values() for spec in plan.offers]
    # then none keeps the register spelling "/-in", none says ":in" and "(m/w/d)" at once
    assert [t for t in titles if "/-in" in t] == []
    assert [t for t in titles if ":in" in t and "(m/w/d)" in t] == []
    assert any(":in" in t for t in titles)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Schülerpraktikum Bäcker/-in (m/w/d)", "Schülerpraktikum Bäcker:in"),
        ("Ausbildung Kaufmann/-frau für Büromanagement (m/w/d)", None),
        ("Schnuppertag Tischler/-innen", "Schnuppertag Tischler:innen"),
    ],
)
def test_one_gender_form(title, expected):
    assert one_gender_form(title) == (expected or title)
