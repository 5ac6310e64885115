"""The same bad region input gets the same German message from every entry point:
create_region (function and command), onboard_region (region file) and import_region (bundle)."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tenants.models import Region
from tenants.provisioning import RegionInputError, RegionSpec, create_region
from transfer_kit.problems import Problem

EXAMPLES = Path(__file__).resolve().parents[2] / "transfer_kit" / "examples"
BAD_SLUG, BAD_HOST = "admin", "http://gera.example/"


def region_file(tmp_path, *, slug: str, domains: list[str]) -> Path:
    """The Gera example with another slug and domains (and without imports)."""
    text = (EXAMPLES / "gera.toml").read_text(encoding="utf-8").split("[imports]")[0]
    text = re.sub(r'^slug = ".*"', f'slug = "{slug}"', text, count=1, flags=re.M)
    listed = ", ".join(f'"{d}"' for d in domains)
    text = re.sub(r"^domains = \[.*\]", f"domains = [{listed}]", text, count=1, flags=re.M)
    (tmp_path / "gera-logo.png").write_bytes((EXAMPLES / "gera-logo.png").read_bytes())
    path = tmp_path / "region.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems_of_create_region(name: str, slug: str, domains: list[str]):
    with pytest.raises(RegionInputError) as excinfo:
        create_region(RegionSpec(name=name, slug=slug, domains=domains))
    return excinfo.value


def command_error(*args) -> str:
    with pytest.raises(CommandError) as excinfo:
        call_command(*args, stdout=StringIO())
    return str(excinfo.value)


def test_reserved_slug_and_invalid_host_name_read_the_same_everywhere(db, tmp_path):
    # given the problems create_region finds with a reserved slug and an invalid host name
    error = problems_of_create_region("Jena", BAD_SLUG, [BAD_HOST])
    slug, host = error.problems
    assert (slug.field, slug.found, slug.expected) == ("slug", "„admin“", "ein freies Kürzel")
    assert (host.field, host.index, host.found) == ("domain", 0, "„http://gera.example/“")
    assert host.fix == "Nur den Hostnamen eintragen, z. B. „gera.localhost“ für die Demo."
    report = "Region wurde nicht angelegt:\n" + "\n".join(
        f"  {field}: {message}" for field, message in error.errors
    )
    # when the same input comes through create_region's command and a bundle import
    created = command_error(
        "create_region", "--name", "Jena", "--slug", BAD_SLUG, "--domain", BAD_HOST
    )
    call_command("export_region", "jena", str(tmp_path / "bundle"), stdout=StringIO())
    imported = command_error(
        "import_region", str(tmp_path / "bundle"), "--slug", BAD_SLUG, "--domain", BAD_HOST
    )
    # and through a region file
    onboarded = command_error(
        "onboard_region", str(region_file(tmp_path, slug=BAD_SLUG, domains=[BAD_HOST]))
    )
    # then both commands print create_region's report word for word
    assert created == report
    assert imported == report
    # and the region file names the same problems with the same expected, found and fix
    assert onboarded.startswith("2 Probleme in ")
    assert Problem("slug", slug.expected, slug.found, slug.fix).format(1) in onboarded
    assert Problem("domains[0]", host.expected, host.found, host.fix).format(2) in onboarded
    # and nothing was created
    assert not Region.objects.filter(slug=BAD_SLUG).exists()


def test_taken_slug_and_domain_read_the_same_in_region_file_and_command(db, tmp_path):
    # given Weimar's slug and host name
    error = problems_of_create_region("Weimar 2", "weimar", ["neu.localhost", "weimar.localhost"])
    slug, host = error.problems
    assert slug.found == "„weimar“ ist bereits vergeben"
    assert host.summary == "„weimar.localhost“ gehört bereits zur Region „Weimar“."
    # when a region file asks for the same
    path = region_file(tmp_path, slug="weimar", domains=["neu.localhost", "weimar.localhost"])
    onboarded = command_error("onboard_region", "--dry-run", str(path))
    # then it reports the same two problems
    assert onboarded.startswith("2 Probleme in ")
    assert Problem("slug", slug.expected, slug.found, slug.fix).format(1) in onboarded
    assert Problem("domains[1]", host.expected, host.found, host.fix).format(2) in onboarded
