"""Context for the public offer list and detail (served by pages.OfferIndexPage routes)."""

from django.core.paginator import Paginator
from django.db import connection
from django.http import Http404

from search.towns import towns_for

from .filters import OfferFilter
from .jsonld import job_posting_json
from .places import RADIUS_CHOICES
from .queries import offer_cards, offer_detail_queryset

PAGE_SIZE = 20


def region_towns(request) -> list[dict]:
    """Towns (name, lat, lon) of the request's region for the place filter."""
    tenant = getattr(request, "tenant", None)
    slug = None if connection.schema_name == "public" else getattr(tenant, "slug", None)
    return towns_for(slug)


def offer_filter(request) -> OfferFilter:
    return OfferFilter(request.GET or None, queryset=offer_cards(), towns=region_towns(request))


def list_context(request) -> dict:
    filters = offer_filter(request)
    page_obj = Paginator(filters.qs, PAGE_SIZE).get_page(request.GET.get("seite"))
    return {
        "filters": filters,
        "filter_form": filters.form,
        "towns": filters.form.towns,
        "radius_choices": RADIUS_CHOICES,
        "page_obj": page_obj,
        "offers": page_obj.object_list,
    }


def detail_context(request, slug: str) -> dict:
    offer = offer_detail_queryset().filter(slug=slug).first()
    if offer is None:
        raise Http404("Dieses Angebot gibt es nicht (mehr).")
    json_ld = job_posting_json(offer, request) if offer.offer_type.job_posting else ""
    return {"offer": offer, "employer": offer.employer, "json_ld": json_ld}
