"""Poster routes: A4 PDFs with QR code for the region, an offer, an event and an embed."""

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from einblick.events.models import Event
from einblick.offers.models import Offer
from einblick.offers.templatetags.offer_tags import period_label
from themes.branding import RequestBrand

from . import posters
from .embeds import embed_or_404


def _pdf(poster: posters.Poster, name: str) -> HttpResponse:
    response = HttpResponse(posters.render(poster), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="aushang-{name}.pdf"'
    return response


@require_GET
def region_poster(request):
    brand = RequestBrand(request)
    region = getattr(request.tenant, "name", "")
    poster = posters.Poster(
        f"Praktika, Ferienjobs und Ausbildung in {region}".strip(),
        [brand.claim or "Arbeitgeber der Region stellen sich vor – ohne Anmeldung."],
        request.build_absolute_uri("/"),
    )
    return _pdf(poster, request.tenant.slug)


@require_GET
def offer_poster(request, pk):
    offer = Offer.objects.public().select_related("employer", "offer_type").filter(pk=pk).first()
    if offer is None or not offer.get_url():
        raise Http404("Dieses Angebot gibt es nicht (mehr).")
    city = offer.city if offer.location_differs and offer.city else offer.employer.city
    lines = [
        offer.offer_type.label,
        " · ".join(part for part in (offer.employer.name, city) if part),
        period_label(offer),
    ]
    url = request.build_absolute_uri(offer.get_url())
    return _pdf(posters.Poster(offer.title, [x for x in lines if x], url), offer.slug)


@require_GET
def event_poster(request, pk):
    event = Event.objects.public().filter(pk=pk).first()
    if event is None or not event.get_url():
        raise Http404("Diese Veranstaltung gibt es nicht (mehr).")
    start = timezone.localtime(event.start)
    lines = [f"{start:%d.%m.%Y, %H:%M} Uhr", event.venue or event.city]
    url = request.build_absolute_uri(event.get_url())
    return _pdf(posters.Poster(event.title, [x for x in lines if x], url), event.slug)


def _embed_url(request, embed) -> str:
    link = reverse("embed_link", args=[embed.key])
    return request.build_absolute_uri(f"{link}?von={posters.POSTER_SOURCE}")


@require_GET
def embed_poster(request, key):
    embed = embed_or_404(key)
    brand = RequestBrand(request)
    poster = posters.Poster(embed.title, [brand.portal_name], _embed_url(request, embed))
    return _pdf(poster, str(embed.key)[:8])


@require_GET
def embed_qr(request, key):
    embed = embed_or_404(key)
    response = HttpResponse(
        posters.qr_svg(_embed_url(request, embed)), content_type="image/svg+xml"
    )
    response["Content-Disposition"] = f'inline; filename="qr-{str(embed.key)[:8]}.svg"'
    return response
