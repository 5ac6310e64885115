"""Search's cached lookups are platform-wide: one value for every schema, forgotten at once."""

from django_tenants.utils import tenant_context

from search.backends import region_hosts
from search.models import Synonym
from search.regions import current_region, region_names
from search.synonyms import synonym_map


def test_region_names_cached_in_one_region_are_served_in_another(
    jena_region, weimar_region, django_assert_num_queries
):
    # given the names loaded while the Jena schema is active
    with tenant_context(jena_region):
        assert region_names()["jena"] == "Jena"
        assert region_hosts()["weimar"] == "weimar.localhost"
    # when Weimar's schema asks, then no query is needed
    with tenant_context(weimar_region), django_assert_num_queries(0):
        assert region_names()["weimar"] == "Weimar"
        assert region_hosts()["jena"] == "jena.localhost"


def test_renaming_a_region_reaches_every_schema_at_once(jena_region, weimar_region):
    # given cached names in a region schema
    with tenant_context(weimar_region):
        assert region_names()["jena"] == "Jena"
        assert current_region() == ("weimar", "Weimar")
    # when the region is renamed (public schema)
    jena_region.name = "Jena-Saaleland"
    jena_region.save()
    # then the region schemas see the new name at once
    with tenant_context(weimar_region):
        assert region_names()["jena"] == "Jena-Saaleland"
    with tenant_context(jena_region):
        assert current_region() == ("jena", "Jena-Saaleland")


def test_a_new_synonym_applies_in_every_region_at_once(jena_region):
    # given the synonym map used (and cached) by a search in Jena
    with tenant_context(jena_region):
        assert ("sommerjob",) not in synonym_map()
    # when an editor adds a synonym group in the public admin
    Synonym.objects.create(terms="Ferienjob, Sommerjob")
    # then Jena's next search uses it
    with tenant_context(jena_region):
        assert synonym_map()[("sommerjob",)] == [("ferienjob",)]


def test_a_new_domain_is_used_for_result_urls_at_once(jena_region):
    with tenant_context(jena_region):
        before = region_hosts()
    jena_region.domains.create(domain="karriere-jena.example", is_primary=False)
    assert "jena" in before
    jena_region.domains.update(is_primary=False)
    new = jena_region.domains.get(domain="karriere-jena.example")
    new.is_primary = True
    new.save()
    with tenant_context(jena_region):
        assert region_hosts()["jena"] == "karriere-jena.example"
