"""A4 posters with QR code for the region, offers, events and embeds; nothing of another
region, no poster of a draft."""

import datetime

import pypdfium2
from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.reach.models import Embed
from tests import factories


def _pdf_text(response) -> tuple[str, tuple[float, float]]:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pdf = pypdfium2.PdfDocument(response.content)
    assert len(pdf) == 1
    text = " ".join(pdf[0].get_textpage().get_text_range().split())  # lines wrap
    return text, tuple(round(x) for x in pdf[0].get_size())


def test_region_poster_is_an_a4_page_with_the_portal_address(jena, jena_client):
    text, size = _pdf_text(jena_client.get("/aushang.pdf"))
    assert size == (595, 842)
    assert "Praktika, Ferienjobs und Ausbildung in Jena" in text
    assert "http://jena.localhost/" in text


def test_offer_poster_names_offer_employer_and_its_address(jena, jena_client):
    company = factories.employer("Optik Nord GmbH")
    offer = factories.offer("Praktikum Augenoptik", employer_obj=company)

    text, _ = _pdf_text(jena_client.get(f"/aushang/angebot/{offer.pk}.pdf"))

    assert "Praktikum Augenoptik" in text
    assert "Optik Nord GmbH" in text
    assert f"http://jena.localhost{offer.get_url()}" in text


def test_event_poster_names_date_and_address(jena, jena_client):
    start = timezone.make_aware(datetime.datetime(2030, 5, 4, 10, 0))
    event = factories.event("Tag der offenen Werkstatt", start=start)

    text, _ = _pdf_text(jena_client.get(f"/aushang/veranstaltung/{event.pk}.pdf"))

    assert "Tag der offenen Werkstatt" in text
    assert "04.05.2030, 10:00 Uhr" in text
    assert f"http://jena.localhost{event.get_url()}" in text


def test_no_poster_of_a_draft_or_of_another_regions_offer(jena_region, weimar_region, jena_client):
    with tenant_context(weimar_region):
        weimar_offer = factories.offer("Praktikum Weimar")
    with tenant_context(jena_region):
        draft = factories.offer("Entwurf", live=False)
        assert jena_client.get(f"/aushang/angebot/{draft.pk}.pdf").status_code == 404
        assert jena_client.get(f"/aushang/angebot/{weimar_offer.pk}.pdf").status_code == 404
        assert jena_client.get("/aushang/angebot/abc.pdf").status_code == 404


def test_embed_poster_and_qr_lead_through_the_counted_link(jena, jena_client):
    embed = Embed.objects.create(name="Aushang Gymnasium", title="Ferienjobs in Jena")
    link = f"http://jena.localhost/einbetten/{embed.key}/link/?von=plakat"

    text, _ = _pdf_text(jena_client.get(f"/einbetten/{embed.key}/aushang.pdf"))
    svg = jena_client.get(f"/einbetten/{embed.key}/qr.svg")

    assert "Ferienjobs in Jena" in text and link in text
    assert svg.status_code == 200 and svg["Content-Type"] == "image/svg+xml"
    assert b"<svg" in svg.content


def test_offer_and_event_pages_link_to_their_posters(jena, jena_client):
    offer = factories.offer("Praktikum Augenoptik")
    start = timezone.make_aware(datetime.datetime(2030, 5, 4, 10, 0))
    event = factories.event("Tag der offenen Werkstatt", start=start)

    offer_page = jena_client.get(offer.get_url()).content.decode()
    event_page = jena_client.get(event.get_url()).content.decode()

    poster = '<a class="poster-link" href="{}">Aushang drucken (PDF mit QR-Code)</a>'
    assert poster.format(f"/aushang/angebot/{offer.pk}.pdf") in offer_page
    assert poster.format(f"/aushang/veranstaltung/{event.pk}.pdf") in event_page
