"""Region figures and taxonomy usage counted ahead of time (count_region_figures)."""

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import tenant_context

from einblick.taxonomy.models import OfferType, TaxonomyUsage
from einblick.taxonomy.usage import usage_counts
from tests import factories
from tests.taxonomy.test_usage_admin import _cells, _row
from transfer_kit.models import RegionFigures

OVERVIEW = "/cms/regionen-lebenszyklus/"
OFFER_TYPES = "/cms/snippets/taxonomy/offertype/"


def _region_sql(queries, *schemas) -> list[str]:
    """Statements that read a region's own tables (schema-qualified or on its search path)."""
    return [
        q["sql"]
        for q in queries.captured_queries
        if any(f'"{schema}".' in q["sql"] or f'"{schema}", ' in q["sql"] for schema in schemas)
    ]


def _jena_content(offer_type):
    employer = factories.employer("Bäckerei Vorab")
    factories.offer("Ferienjob Vorab", employer_obj=employer, type_obj=offer_type)
    factories.offer("Entwurf Vorab", employer_obj=employer, type_obj=offer_type, live=False)
    factories.event("Tag der offenen Tür Vorab")
    factories.user("redaktion-vorab", groups=["Editors"])


def test_command_stores_each_regions_own_figures(jena_region, weimar_region, taxonomies):
    # given content in Jena that uses an offer type, nothing in Weimar
    used = factories.offer_type("test-vorab", "Vorab gezählter Typ")
    with tenant_context(jena_region):
        _jena_content(used)
    connection.set_schema_to_public()
    # when the figures are counted (the cron service does it every hour)
    call_command("count_region_figures", verbosity=0)
    # then each region has its own figures and its own usage, in the public schema
    jena = RegionFigures.objects.get(region=jena_region)
    weimar = RegionFigures.objects.get(region=weimar_region)
    assert (jena.employers, jena.offers, jena.events) == (1, 1, 1)
    assert jena.editors == ["redaktion-vorab"] and jena.editor_count == 1
    assert (weimar.employers, weimar.offers, weimar.events, weimar.editors) == (0, 0, 0, [])
    label = OfferType._meta.label_lower
    jena_usage = TaxonomyUsage.objects.get(schema_name=jena_region.schema_name).counts
    weimar_usage = TaxonomyUsage.objects.get(schema_name=weimar_region.schema_name).counts
    assert jena_usage[label][str(used.pk)] == 2  # the draft uses it too
    assert str(used.pk) not in weimar_usage.get(label, {})
    assert usage_counts(OfferType, [used.pk]) == {used.pk: 2}


def test_overview_reads_stored_figures_without_region_queries(
    jena_region, weimar_region, portal_client, taxonomies
):
    # given counted figures of both regions
    with tenant_context(jena_region):
        _jena_content(factories.offer_type("test-vorab", "Vorab gezählter Typ"))
    connection.set_schema_to_public()
    call_command("count_region_figures", verbosity=0)
    portal_client.force_login(factories.user("plattform-admin", superuser=True))
    # when the platform admin opens the overview
    with CaptureQueriesContext(connection) as queries:
        html = portal_client.get(OVERVIEW).content.decode()
    # then it shows the stored figures and reads no region's schema
    assert '<td data-count="offers">1</td>' in html
    assert "redaktion-vorab" in html
    assert _region_sql(queries, jena_region.schema_name, weimar_region.schema_name) == []


def test_taxonomy_listing_reads_stored_usage_without_region_queries(
    jena_region, weimar_region, portal_client, taxonomies
):
    # given an offer type used once in Jena and once in Weimar, counted
    portal_client.force_login(factories.user("plattform-admin", superuser=True))
    used = factories.offer_type("test-vorab", "Vorab gezählter Typ")
    for region in (jena_region, weimar_region):
        with tenant_context(region):
            factories.offer(f"Angebot in {region.name}", type_obj=used)
    connection.set_schema_to_public()
    call_command("count_region_figures", verbosity=0)
    # when the platform admin opens the offer types
    with CaptureQueriesContext(connection) as queries:
        html = portal_client.get(OFFER_TYPES + "?q=Vorab").content.decode()
    # then the listing adds up both regions without reading their schemas
    assert _cells(_row(html, "Vorab gezählter Typ"))[-2:] == ["2", "Nein"]
    assert _region_sql(queries, jena_region.schema_name, weimar_region.schema_name) == []


def test_publish_counts_its_region_again(jena_region, weimar_region, taxonomies):
    # given counted figures and then a draft offer in Jena
    call_command("count_region_figures", verbosity=0)
    before = RegionFigures.objects.get(region=weimar_region).counted_at
    with tenant_context(jena_region):
        offer = factories.offer("Später veröffentlicht", live=False)
        # when the draft is published
        offer.save_revision().publish()
    # then Jena's figures count it at once; Weimar's stay as they were
    assert RegionFigures.objects.get(region=jena_region).offers == 1
    assert RegionFigures.objects.get(region=weimar_region).counted_at == before


def test_a_region_without_figures_is_counted_on_the_spot(jena_region, portal_client, taxonomies):
    # given a region whose figures were never stored (created after the last run)
    with tenant_context(jena_region):
        factories.employer("Bäckerei Neu")
    connection.set_schema_to_public()
    RegionFigures.objects.all().delete()
    TaxonomyUsage.objects.all().delete()
    portal_client.force_login(factories.user("plattform-admin", superuser=True))
    # when the overview is opened, then it counts and shows the figures
    html = portal_client.get(OVERVIEW).content.decode()
    assert '<td data-count="employers">1</td>' in html
    assert RegionFigures.objects.filter(region=jena_region).exists()


def test_one_region_and_an_unknown_one(jena_region, weimar_region, taxonomies):
    RegionFigures.objects.all().delete()
    call_command("count_region_figures", region="jena", verbosity=0)
    assert list(RegionFigures.objects.values_list("region__slug", flat=True)) == ["jena"]
    with pytest.raises(CommandError, match="gibt es nicht"):
        call_command("count_region_figures", region="gibt-es-nicht", verbosity=0)
