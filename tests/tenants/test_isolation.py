"""Region A can neither see nor change region B: pages, media, cache, logins."""

from django.core.cache import cache
from django.core.files.storage import default_storage
from django_tenants.utils import tenant_context
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Site

from einblick.pages.models import HomePage
from tests import factories


def test_each_region_site_points_at_its_own_host(jena, weimar_region):
    jena_site = Site.objects.get(is_default_site=True)
    assert (jena_site.hostname, jena_site.root_page.specific_class) == ("jena.localhost", HomePage)
    with tenant_context(weimar_region):
        assert Site.objects.get(is_default_site=True).hostname == "weimar.localhost"


def test_page_published_in_jena_is_not_served_in_weimar(jena, jena_client, weimar_client):
    # given a page published in Jena
    factories.page("Praktikumsbörse Jena", "praktikumsboerse")
    # when both hosts are asked for it
    jena_response = jena_client.get("/praktikumsboerse/")
    weimar_response = weimar_client.get("/praktikumsboerse/")
    # then only Jena serves it
    assert jena_response.status_code == 200
    assert "Praktikumsbörse Jena" in jena_response.content.decode()
    assert weimar_response.status_code == 404


def test_page_trees_are_separate(jena, weimar_region):
    factories.page("Nur in Jena", "nur-jena")
    jena_titles = set(Page.objects.values_list("title", flat=True))
    with tenant_context(weimar_region):
        weimar_titles = set(Page.objects.values_list("title", flat=True))
    assert "Nur in Jena" in jena_titles
    assert "Nur in Jena" not in weimar_titles


def test_media_files_are_stored_and_served_per_region(
    jena, weimar_region, jena_client, weimar_client
):
    # given an image uploaded in Jena (/media/ serves only files with a database row)
    image = Image.objects.create(title="Probe", file=get_test_image_file("probe.png"))
    url = image.file.url
    name = image.file.name
    try:
        assert url.startswith("/media/jena/")
        # then Weimar's storage does not see it
        with tenant_context(weimar_region):
            assert not default_storage.exists(name)
        # and only Jena's host serves it
        jena_response = jena_client.get(url)
        assert jena_response.status_code == 200
        assert b"".join(jena_response.streaming_content).startswith(b"\x89PNG")
        assert weimar_client.get(url).status_code == 404
    finally:
        with tenant_context(jena):
            image.file.delete(save=False)


def test_cache_entries_are_per_region(jena, weimar_region):
    cache.set("wagtail_site_root_paths", "jena-value")
    with tenant_context(weimar_region):
        assert cache.get("wagtail_site_root_paths") is None
        cache.set("wagtail_site_root_paths", "weimar-value")
    assert cache.get("wagtail_site_root_paths") == "jena-value"
    cache.clear()


def test_jena_editor_cannot_log_into_weimar_admin(jena, jena_client, weimar_client):
    # given an editor account in Jena
    factories.user("redaktion", email="r@jena.example", password="geheim-123", groups=["Editors"])
    credentials = {"username": "redaktion", "password": "geheim-123"}
    # when the editor logs in on both hosts
    jena_login = jena_client.post("/cms/login/", credentials)
    weimar_login = weimar_client.post("/cms/login/", credentials)
    # then Jena lets them in and Weimar does not
    assert jena_login.status_code == 302
    assert jena_client.get("/cms/").status_code == 200
    assert weimar_login.status_code == 200  # form redisplayed with an error
    assert weimar_client.get("/cms/").status_code == 302  # redirected to login


def test_jena_session_cookie_is_worthless_in_weimar(jena, jena_client):
    factories.user("chefin", email="c@jena.example", password="geheim-123", superuser=True)
    jena_client.post("/cms/login/", {"username": "chefin", "password": "geheim-123"})
    assert jena_client.get("/cms/").status_code == 200
    # when the same cookie jar is presented to the Weimar host
    stolen = jena_client.cookies
    from django.test import Client

    intruder = Client(HTTP_HOST="weimar.localhost")
    intruder.cookies = stolen
    # then Weimar does not know the session
    assert intruder.get("/cms/").status_code == 302
