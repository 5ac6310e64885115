"""`{% alert_form source="…" %}`: the "Benachrichtige mich" form under a list (offers,
search, events, employers: einblick.engagement.sources), carrying the list's current
filter as hidden fields. `{% enquiry_form employer offer %}`: "Ich habe
Interesse" on offer, event and employer pages (nothing when there is no address)."""

from django import template
from django.urls import reverse

from .. import enquiries
from ..forms import AlertForm, EnquiryForm
from ..sources import source as alert_source

register = template.Library()


@register.inclusion_tag("engagement/includes/alert_form.html", takes_context=True)
def alert_form(context, form=None, query=None, source="offers"):
    adapter = alert_source(source)
    request = context.get("request")
    if query is None:
        query = adapter.normalise(request.GET) if request is not None else {}
    hidden = [(name, value) for name, values in query.items() for value in values]
    return {"form": form or AlertForm(), "hidden": hidden, "source": adapter}


@register.inclusion_tag("engagement/includes/enquiry_form.html")
def enquiry_form(employer, offer=None, form=None, event=None):
    if not enquiries.recipient_for(employer, offer, event):
        return {"action": ""}
    if offer is not None:
        action = reverse("enquiry_offer", args=[offer.slug])
    elif event is not None:
        action = reverse("enquiry_event", args=[event.slug])
    else:
        action = reverse("enquiry_employer", args=[employer.slug])
    name = enquiries.recipient_name(employer)
    return {
        "action": action,
        "employer": employer,
        "form": form or EnquiryForm(recipient_name=name),
        "response_days": enquiries.response_days(employer) if employer is not None else None,
    }
