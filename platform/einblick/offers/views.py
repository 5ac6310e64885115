"""Context for the public offer list and detail (served by pages.OfferIndexPage routes)."""

from django.core.paginator import Paginator
from django.http import Http404

from .filters import OfferFilterForm
from .jsonld import job_posting_json
from .queries import offer_cards, offer_detail_queryset

PAGE_SIZE = 20


def list_context(request) -> dict:
    form = OfferFilterForm(request.GET or None)
    qs = form.filter(offer_cards())
    page_obj = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("seite"))
    return {"filter_form": form, "page_obj": page_obj, "offers": page_obj.object_list}


def detail_context(request, slug: str) -> dict:
    offer = offer_detail_queryset().filter(slug=slug).first()
    if offer is None:
        raise Http404("Dieses Angebot gibt es nicht (mehr).")
    json_ld = job_posting_json(offer, request) if offer.offer_type.job_posting else ""
    return {"offer": offer, "employer": offer.employer, "json_ld": json_ld}
