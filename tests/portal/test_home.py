"""The cross-region portal lists regions with their brand and the newest offers of all."""

from django_tenants.utils import tenant_context

from tests import factories


def test_portal_links_regions_and_shows_latest_offers_of_every_region(
    jena_region, weimar_region, portal_client, django_capture_on_commit_callbacks
):
    # given one published offer in each region (indexed on commit)
    with django_capture_on_commit_callbacks(execute=True):
        with tenant_context(jena_region):
            factories.offer("Ferienjob im Saalepark")
        with tenant_context(weimar_region):
            factories.offer("Schnuppertag Orgelbau (m/w/d)")
    # when
    body = portal_client.get("/").content.decode()
    # then both regions and both offers appear, linked to the region hosts
    assert 'href="http://jena.localhost:8000/"' in body
    assert 'href="http://weimar.localhost:8000/"' in body
    assert "Ferienjob im Saalepark" in body
    assert "Region Weimar" in body
    assert 'href="http://weimar.localhost:8000/angebote/' in body


def test_portal_does_not_show_drafts(
    jena_region, portal_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), tenant_context(jena_region):
        factories.offer("Geheimer Entwurf", live=False)
    assert "Geheimer Entwurf" not in portal_client.get("/").content.decode()


def test_portal_hides_offers_whose_end_date_has_passed(
    jena_region, portal_client, django_capture_on_commit_callbacks
):
    import datetime

    from django.utils import timezone

    from search.models import IndexedDocument

    with django_capture_on_commit_callbacks(execute=True), tenant_context(jena_region):
        offer = factories.offer("Ferienjob Herbst 2026")
    assert "Ferienjob Herbst 2026" in portal_client.get("/").content.decode()
    # when its document expires (end date passed) before any worker removed it
    IndexedDocument.objects.filter(region="jena", kind="offer", object_id=offer.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    # then the portal no longer shows it
    assert "Ferienjob Herbst 2026" not in portal_client.get("/").content.decode()


def test_portal_lists_only_regions_with_published_offers(
    jena_region, weimar_region, portal_client, django_capture_on_commit_callbacks
):
    # given a published offer in Jena, only a draft in Weimar
    with django_capture_on_commit_callbacks(execute=True):
        with tenant_context(jena_region):
            factories.offer("Ferienjob im Saalepark")
        with tenant_context(weimar_region):
            factories.offer("Entwurf in Weimar", live=False)
    # when
    body = portal_client.get("/").content.decode()
    # then Jena is listed, Weimar (nothing a pupil could open) is not
    assert 'href="http://jena.localhost:8000/"' in body
    assert 'href="http://weimar.localhost:8000/"' not in body


def test_portal_without_any_published_offer_says_so(jena_region, portal_client):
    body = portal_client.get("/").content.decode()
    assert 'href="http://jena.localhost:8000/"' not in body
    assert "Noch keine Region mit veröffentlichten Angeboten." in body
