"""Wagtail's per-request lookups (view restrictions, the active Locale) come from the
per-region cache (tenants.wagtail_hooks) and still follow every change at once."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import tenant_context
from wagtail.models import Locale, PageViewRestriction

from tests import factories


def _restrict(page) -> None:
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )


def test_a_restriction_added_after_pages_were_served_protects_its_page(jena_region, jena_client):
    # given a page that was served while the region had no restriction
    with tenant_context(jena_region):
        page = factories.page("Nur für Lehrkräfte", "lehrkraefte")
    assert b"Nur f" in jena_client.get("/lehrkraefte/").content
    # when an editor protects it with a password
    with tenant_context(jena_region):
        _restrict(page)
    # then the very next request gets the password form, not the page
    response = jena_client.get("/lehrkraefte/")
    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert b"<h1>Nur f" not in response.content


def test_a_restriction_in_one_region_is_not_skipped_because_another_has_none(
    jena_region, weimar_region, jena_client, weimar_client
):
    # given Weimar, without restrictions, served first; Jena with a protected page
    with tenant_context(weimar_region):
        factories.page("Offen", "offen")
    assert weimar_client.get("/offen/").status_code == 200
    with tenant_context(jena_region):
        _restrict(factories.page("Geschützt", "geschuetzt"))
    # when the protected page is requested
    response = jena_client.get("/geschuetzt/")
    # then Jena's restriction applies
    assert b'name="password"' in response.content


def test_a_region_without_restrictions_looks_none_up_per_request(jena_region, jena_client):
    # given a served page
    with tenant_context(jena_region):
        factories.page("Ohne Schutz", "ohne-schutz")
    jena_client.get("/ohne-schutz/")
    # when it is served again
    with CaptureQueriesContext(connection) as ctx:
        assert jena_client.get("/ohne-schutz/").status_code == 200
    # then neither restrictions nor the Locale are queried
    tables = " ".join(q["sql"] for q in ctx.captured_queries)
    assert "wagtailcore_pageviewrestriction" not in tables
    assert "wagtailcore_locale" not in tables


def test_the_active_locale_follows_the_url_language_per_region(jena_region, weimar_region):
    # given both regions' locales
    with tenant_context(jena_region):
        jena = {lc.language_code: lc.pk for lc in Locale.objects.all()}
    # when the active locale is asked for in each language, twice (the second from cache)
    from django.utils import translation

    with tenant_context(jena_region):
        for language in ("de", "en"):
            with translation.override(language):
                first, second = Locale.get_active(), Locale.get_active()
                # then it is the region's locale of that language
                assert (first.pk, second.pk) == (jena[language], jena[language])
                assert second.language_code == language
    with tenant_context(weimar_region):
        weimar = {lc.language_code: lc.pk for lc in Locale.objects.all()}
        with translation.override("en"):
            assert Locale.get_active().pk == weimar["en"]
