"""create_region: clones the template, wires the Site, refuses bad input cleanly."""

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django_tenants.utils import schema_exists

from tenants.models import Domain, Region
from tenants.provisioning import RegionInputError, RegionSpec, create_region


def test_create_region_clones_template_and_sets_site(db):
    # when
    call_command("create_region", name="Gera", slug="gera", domain=["gera.localhost"])
    # then
    region = Region.objects.get(slug="gera")
    assert schema_exists("gera")
    assert region.primary_host() == "gera.localhost"
    connection.set_tenant(region)
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_page.title) == ("gera.localhost", 8000, "Gera")


@pytest.mark.parametrize(
    ("spec", "field"),
    [
        (RegionSpec(name="Jena 2", slug="jena", domains=["jena2.localhost"]), "slug"),
        (RegionSpec(name="Doppelt", slug="doppelt", domains=["jena.localhost"]), "domain"),
        (RegionSpec(name="Kaputt", slug="Kaputt Slug", domains=["k.localhost"]), "slug"),
        (RegionSpec(name="Host", slug="host", domains=["nicht gültig"]), "domain"),
        (RegionSpec(name="", slug="leer", domains=["leer.localhost"]), "name"),
        (RegionSpec(name="Land", slug="land", domains=["land.localhost"], state="XX"), "state"),
    ],
)
def test_bad_input_is_refused_and_leaves_nothing_behind(db, spec, field):
    regions_before = Region.objects.count()
    domains_before = Domain.objects.count()
    with pytest.raises(RegionInputError) as excinfo:
        create_region(spec)
    assert field in [f for f, _ in excinfo.value.errors]
    assert Region.objects.count() == regions_before
    assert Domain.objects.count() == domains_before
    if spec.slug.isidentifier() and spec.slug not in ("jena",):
        assert not schema_exists(spec.slug)


def test_failure_after_schema_creation_rolls_everything_back(db, monkeypatch):
    # given a provisioning step that fails after the schema was cloned
    from tenants import provisioning

    def explode(region):
        raise RuntimeError("Site kaputt")

    monkeypatch.setattr(provisioning, "configure_site", explode)
    # when
    with pytest.raises(RuntimeError):
        create_region(RegionSpec(name="Erfurt", slug="erfurt", domains=["erfurt.localhost"]))
    # then no schema, region or domain remains
    assert not schema_exists("erfurt")
    assert not Region.objects.filter(slug="erfurt").exists()
    assert not Domain.objects.filter(domain="erfurt.localhost").exists()


def test_command_reports_every_problem(db):
    with pytest.raises(CommandError) as excinfo:
        call_command(
            "create_region", name="Jena", slug="jena", domain=["jena.localhost"], state="XX"
        )
    message = str(excinfo.value)
    assert "slug: Das Kürzel „jena“ ist bereits vergeben." in message
    assert "state: Unbekanntes Bundesland „XX“" in message
    assert "domain: „jena.localhost“ gehört bereits zur Region „Jena“." in message


def test_without_template_schema_region_is_built_by_migrations(db, settings):
    # given no template schema to clone from
    settings.TENANT_BASE_SCHEMA = "no_such_template"
    # when
    region = create_region(RegionSpec(name="Suhl", slug="suhl", domains=["suhl.localhost"]))
    # then the region is complete: migrated tables, home page and site on its host
    connection.set_tenant(region)
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.root_page.title) == ("suhl.localhost", "Suhl")
