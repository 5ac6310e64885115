"""The public enquiry form ("Ich habe Interesse") on offer, event and employer pages.

Cookie-less like the event registration: CSRF-exempt with an Origin check, honeypot,
minimum fill time, per-client "forms" rate limit and ENGAGEMENT_ADDRESS_RATE per address.
"""

from __future__ import annotations

from django.http import Http404, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from einblick.employers.models import Employer
from einblick.events.models import Event
from einblick.offers.models import Offer
from tenants.language import request_language

from . import enquiries
from .antiabuse import TOO_MANY, address_allowed, same_origin
from .forms import EnquiryForm

NO_RECIPIENT = gettext_lazy(
    "Dieses Unternehmen nimmt über das Portal gerade keine Anfragen entgegen."
)


def _target(kind: str, slug: str):
    """(employer or None, offer or None, event or None) of a public offer, employer or
    upcoming event with an address to write to."""
    offer = event = None
    if kind == "angebot":
        offer = Offer.objects.public().select_related("employer").filter(slug=slug).first()
        if offer is None:
            raise Http404(_("Dieses Angebot gibt es nicht (mehr)."))
        employer = offer.employer
    elif kind == "veranstaltung":
        event = Event.objects.upcoming().select_related("organiser").filter(slug=slug).first()
        if event is None:
            raise Http404(_("Diese Veranstaltung gibt es nicht (mehr) oder sie ist vorbei."))
        employer = event.organiser
    else:
        employer = Employer.objects.public().filter(slug=slug).first()
        if employer is None:
            raise Http404(_("Diesen Arbeitgeber gibt es nicht (mehr)."))
    if not enquiries.recipient_for(employer, offer, event):
        raise Http404(str(NO_RECIPIENT))
    return employer, offer, event


@csrf_exempt
@require_http_methods(["GET", "POST"])
def enquire(request, kind, slug):
    employer, offer, event = _target(kind, slug)
    subject = offer or event or employer
    if request.method == "GET":
        return redirect(subject.get_url() or "/")
    if not same_origin(request):
        return HttpResponseForbidden(_("Anfrage von einer fremden Website abgelehnt."))
    form = EnquiryForm(request.POST, recipient_name=enquiries.recipient_name(employer))
    if form.is_valid():
        if form.spam:
            return render(request, "engagement/enquiry_sent.html", {"subject": subject})
        if address_allowed(request, form.cleaned_data["email"], "enquiry"):
            data = form.enquiry_data() | {"language": request_language(request)}
            enquiry = enquiries.create(data, employer, offer, event)
            context = {"subject": subject, "enquiry": enquiry}
            return render(request, "engagement/enquiry_sent.html", context)
        form.add_error("email", TOO_MANY)
    context = {"form": form, "subject": subject, "employer": employer, "offer": offer}
    return render(request, "engagement/enquiry_page.html", context | {"event": event})
