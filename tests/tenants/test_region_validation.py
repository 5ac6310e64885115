"""tenants.validation: one validator for region input, every problem at once, in German."""

import pytest
from django.core.exceptions import ValidationError

from tenants.models import Region
from tenants.validation import RegionInputError, RegionSpec, validate_region


def spec(**changes) -> RegionSpec:
    values = {"name": "Gera", "slug": "gera", "domains": ["gera.localhost"]} | changes
    return RegionSpec(**values)


def test_good_input_has_no_problems(db):
    assert validate_region(spec(regional_key="160520000000", state="TH")) == []


def test_every_problem_comes_back_at_once_with_field_found_and_fix(db):
    # given input that is wrong in every field
    bad = spec(name="", slug="admin", state="XX", regional_key="12a",
               domains=["http://gera.example/", "weimar.localhost", "Weimar.Localhost"])  # fmt: skip
    # when
    problems = validate_region(bad)
    # then one problem per wrong value, in field order, each naming the value found
    assert [(p.field, p.index, p.summary) for p in problems] == [
        ("name", None, "Der Name darf nicht leer sein."),
        ("slug", None, "„admin“ ist reserviert."),
        ("state", None, "Unbekanntes Bundesland „XX“."),
        ("regional_key", None, "„12a“ ist kein gültiger Regionalschlüssel."),
        ("domain", 0, "„http://gera.example/“ ist kein gültiger Hostname."),
        ("domain", 1, "„weimar.localhost“ gehört bereits zur Region „Weimar“."),
        ("domain", 2, "„Weimar.Localhost“ ist doppelt angegeben."),
    ]
    assert all(p.expected and p.found and p.fix for p in problems)
    assert problems[4].fix == "Nur den Hostnamen eintragen, z. B. „gera.localhost“ für die Demo."


@pytest.mark.parametrize(
    ("changes", "summary"),
    [
        ({"name": "G"}, "Der Name „G“ ist zu kurz (mindestens 2 Zeichen)."),
        ({"name": "N" * 101}, "Der Name ist zu lang (101 Zeichen, höchstens 100)."),
        ({"slug": "Gera Stadt"}, "„Gera Stadt“ ist kein gültiges Kürzel."),
        ({"slug": "g"}, "„g“ ist kein gültiges Kürzel."),
        ({"slug": "pgsql"}, "„pgsql“ ist reserviert."),
        ({"slug": "region-template"}, "„region-template“ ist reserviert."),  # template schema
        ({"slug": "jena"}, "Das Kürzel „jena“ ist bereits vergeben."),
        ({"regional_key": "1"}, "„1“ ist kein gültiger Regionalschlüssel."),
        ({"regional_key": "١٦٠٥٣"}, "„١٦٠٥٣“ ist kein gültiger Regionalschlüssel."),
        ({"domains": []}, "Es ist keine Domain angegeben."),
        ({"domains": ["gera.localhost."]}, "„gera.localhost.“ ist kein gültiger Hostname."),
        ({"domains": ["jena.localhost"]}, "„jena.localhost“ gehört bereits zur Region „Jena“."),
    ],
)
def test_each_rule_names_the_value_found(db, changes, summary):
    assert [p.summary for p in validate_region(spec(**changes))] == [summary]


def test_host_names_count_in_lower_case_without_spaces(db):
    assert validate_region(spec(domains=[" Gera.Localhost ", "arbeitgeber-gera.de"])) == []


@pytest.mark.parametrize(
    "slug", ["gera", "saale-holzland", "Gera", "g", "1gera", "a" * 41, "gera_"]
)
@pytest.mark.parametrize("regional_key", ["", "16", "160520000000", "1" * 13, "12a", "١٦"])
def test_model_and_validator_apply_the_same_slug_and_regional_key_rule(db, slug, regional_key):
    # given a region the model validates (schema name and uniqueness aside)
    region = Region(schema_name="x", name="Gera", slug=slug, regional_key=regional_key)
    try:
        region.full_clean(exclude=["schema_name"])
        model_fields = set()
    except ValidationError as exc:
        model_fields = set(exc.message_dict)
    # then the validator refuses exactly the same fields
    problems = validate_region(spec(slug=slug, regional_key=regional_key))
    assert {p.field for p in problems} == model_fields


def test_error_lists_every_problem_for_the_command_line(db):
    error = RegionInputError(validate_region(spec(slug="jena", state="XX")))
    assert error.report().splitlines() == [
        "Region wurde nicht angelegt:",
        "  slug: Das Kürzel „jena“ ist bereits vergeben. Erwartet: ein noch nicht vergebenes "
        "Kürzel. So beheben: Ein anderes Kürzel wählen, z. B. mit Kreis-Zusatz („gera-stadt“).",
        "  state: Unbekanntes Bundesland „XX“. Erwartet: ein Bundesland-Kürzel (TH, SN, ST, BY, "
        "…). So beheben: Eines der Kürzel BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, "
        "SH, TH eintragen; für Thüringen „TH“.",
    ]
