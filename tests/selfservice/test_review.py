"""Editors see a company's change side by side (Wagtail's revision comparison) and approve."""

from django.core import mail
from django.urls import reverse

from einblick.offers.models import Offer
from tests import factories
from tests.adminkit.helpers import login
from tests.conftest import host_client


def _submitted_change(jena, client):
    """A company's live offer with a changed title waiting for review."""
    own = factories.employer("Tischlerei Eigen")
    company = factories.user("firma-a")
    from einblick.employers.models import EmployerMembership

    EmployerMembership.objects.create(user=company, employer=own)
    offer = factories.offer("Praktikum Holz", employer_obj=own)
    offer.save_revision(user=company).publish()
    offer.title = "Praktikum Holz und Metall"
    revision = offer.save_revision(user=company)
    return offer, revision, company


def test_editor_dashboard_links_the_side_by_side_comparison(jena, jena_client, taxonomies):
    # given a company's changed offer submitted for review
    offer, revision, company = _submitted_change(jena, jena_client)
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])
    Offer.get_default_workflow().start(offer, company)

    # when the editor opens the dashboard and follows "Änderungen vergleichen"
    html = jena_client.get("/cms/").content.decode()
    compare = reverse(
        "wagtailsnippets_offers_offer:revisions_compare", args=[offer.pk, "live", revision.pk]
    )
    page = jena_client.get(compare)

    # then the panel lists the change with the company, and Wagtail shows old and new
    assert "Änderungen von Unternehmen prüfen" in html
    assert "Praktikum Holz und Metall" in html and "Tischlerei Eigen" in html
    assert f'href="{compare}"' in html
    assert page.status_code == 200
    compared = page.content.decode()
    assert "Praktikum Holz" in compared and "und Metall" in compared
    assert "deletion" in compared or "addition" in compared  # Wagtail's diff markup


def test_moderation_mail_carries_the_comparison_link(jena, jena_client, taxonomies):
    offer, revision, company = _submitted_change(jena, jena_client)
    factories.user("redakteurin", groups=["Editors"], email="redaktion@jena.example")
    mail.outbox.clear()

    Offer.get_default_workflow().start(offer, company)

    to_editors = [m for m in mail.outbox if m.to == ["redaktion@jena.example"]]
    assert len(to_editors) == 1
    compare = reverse(
        "wagtailsnippets_offers_offer:revisions_compare", args=[offer.pk, "live", "latest"]
    )
    assert "Änderungen im Vergleich (alt und neu nebeneinander): http://jena.localhost" in (
        to_editors[0].body
    )
    assert compare in to_editors[0].body


def test_company_dashboard_has_no_review_panel(jena, jena_client, taxonomies):
    offer, revision, company = _submitted_change(jena, jena_client)
    Offer.get_default_workflow().start(offer, company)
    jena_client.force_login(company)

    html = jena_client.get("/cms/").content.decode()

    assert "Änderungen von Unternehmen prüfen" not in html


def test_weimar_editors_do_not_see_jena_reviews(jena, jena_client, weimar_region, taxonomies):
    offer, revision, company = _submitted_change(jena, jena_client)
    Offer.get_default_workflow().start(offer, company)

    weimar_client = host_client("weimar.localhost")
    login(weimar_client, weimar_region, "redaktion-weimar", superuser=False, groups=["Editors"])
    html = weimar_client.get("/cms/").content.decode()

    assert "Praktikum Holz und Metall" not in html
