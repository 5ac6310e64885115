"""Editors can open every page type in the region admin; index pages keep their fixed slug."""

import pytest
from django.core.exceptions import ValidationError
from django_tenants.utils import tenant_context
from wagtail.models import Page

from einblick.pages.models import HomePage, OfferIndexPage
from einblick.pages.starter import build_starter_pages
from tests import factories


def test_every_starter_page_opens_in_the_editor(jena_region, jena_client):
    with tenant_context(jena_region):
        pages = build_starter_pages(HomePage.objects.get(), "Jena")
        user = factories.user("redaktion", superuser=True)
        ids = [HomePage.objects.get().pk] + [page.pk for page in pages.values()]
        jena_client.force_login(user)  # the session lives in the region schema
    for pk in ids:
        response = jena_client.get(f"/cms/pages/{pk}/edit/")
        assert response.status_code == 200, pk
    add = jena_client.get(f"/cms/pages/add/pages/standardpage/{ids[0]}/")
    assert add.status_code == 200
    assert "Angebote (Auswahl nach Filter)" in add.content.decode()


def test_index_page_refuses_another_slug(jena):
    page = OfferIndexPage.objects.get()
    page.slug = "jobs"
    with pytest.raises(ValidationError) as excinfo:
        page.full_clean()
    assert "angebote" in str(excinfo.value.message_dict["slug"])
    assert Page.objects.filter(slug="angebote").count() == 1
