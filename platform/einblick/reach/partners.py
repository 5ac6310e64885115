"""Partner pages /partner/<slug>/ of a region host: a school's or a chamber's page with its
logo and short text above the region's offers and events matching its preset filters
(the same `rendering` functions as the widgets, so both filter alike)."""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .models import Partner
from .rendering import events_for, list_url, offers_for


@require_GET
def partner_page(request, slug):
    partner = Partner.objects.filter(slug=slug).first()
    if partner is None:
        raise Http404("Diese Partnerseite gibt es in dieser Region nicht.")
    context = {
        "partner": partner,
        "offers": offers_for(partner) if partner.shows_offers else [],
        "events": events_for(partner) if partner.shows_events else [],
        "list_url": list_url(partner),
    }
    return render(request, "reach/partner_page.html", context)
