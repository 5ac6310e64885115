"""Search alerts without an account: subscribe (double opt-in), manage, unsubscribe.

No session and no cookie: the subscribe form is CSRF-exempt and checks the Origin header
(as the event registration, docs/adr/0011-event-registration.md); the links in the mails
carry signed tokens. Every POST counts against the "forms" rate limit per client, and the
confirmation mails against ENGAGEMENT_ADDRESS_RATE per address.

The same views serve the portal (urls_public passes `model=PortalAlert`, where only the
search page's source exists): docs/adr/0012-portal-alerts.md.
"""

from __future__ import annotations

from django.db import transaction
from django.http import Http404, HttpResponseBadRequest, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from tenants.language import request_language

from . import notifications
from .alerts import BadQuery
from .antiabuse import TOO_MANY, address_allowed, same_origin
from .forms import AlertForm, FrequencyForm
from .links import read_token
from .models import SearchAlert
from .sources import PORTAL_SOURCES, source

GONE = gettext_lazy("Diese Benachrichtigung gibt es nicht (mehr).")


def _source(request, model):
    """The adapter named by the form's `source` (default: the offer list on a region host,
    the search page on the portal), or None for one this host has no alerts for."""
    portal = model is not SearchAlert
    default = "search" if portal else "offers"
    key = request.POST.get("source") or request.GET.get("source") or default
    if portal and key not in PORTAL_SOURCES:
        return None
    try:
        return source(key)
    except KeyError:
        return None


@csrf_exempt
@require_http_methods(["GET", "POST"])
def subscribe(request, model=SearchAlert):
    adapter = _source(request, model)
    if adapter is None:
        return HttpResponseBadRequest(_("Für diese Liste gibt es keine Benachrichtigung."))
    if request.method == "GET":
        return redirect(adapter.list_link(adapter.normalise(request.GET)))
    if not same_origin(request):
        return HttpResponseForbidden(_("Anfrage von einer fremden Website abgelehnt."))
    query = adapter.normalise(request.POST)
    form = AlertForm(request.POST)
    label = ""
    try:
        label = adapter.describe(query)
    except BadQuery as problem:
        form.add_error(None, _("Der Filter passt nicht: %(problem)s") % {"problem": problem})
    if form.is_valid() and not form.spam:
        if address_allowed(request, form.cleaned_data["email"], "alert"):
            data = form.cleaned_data | {"language": request_language(request)}
            _subscribe(model, data, adapter.key, query, label)
        else:
            form.add_error("email", TOO_MANY)
    context = {"form": form, "query": query, "label": label, "source": adapter}
    if form.is_valid():
        return render(request, "engagement/alert_received.html", context)
    return render(request, "engagement/alert_subscribe.html", context)


def _subscribe(model, data: dict, key: str, query: dict, label: str):
    """A new unconfirmed alert, or the same one again: either way a confirmation mail (in
    the language of the page the form was sent from, which the alert keeps from now on)."""
    alert = model.objects.filter(email__iexact=data["email"], source=key, query=query).first()
    if alert is None:
        alert = model.objects.create(
            email=data["email"], source=key, query=query, label=label,
            frequency=data["frequency"], language=data["language"],
        )  # fmt: skip
    elif alert.language != data["language"]:
        alert.language, alert.label = data["language"], label
        alert.save(update_fields=["language", "label"])
    transaction.on_commit(lambda: notifications.confirm_alert(alert))
    return alert


def _alert(token: str, model):
    alert = read_token(token, "alert", model.objects.all())
    if alert is None:
        raise Http404(str(GONE))
    return alert


@csrf_exempt
@require_http_methods(["GET", "POST"])
def manage(request, token, model=SearchAlert):
    """The manage link of every mail: confirm, change the frequency, unsubscribe."""
    alert = _alert(token, model)
    now, done = timezone.now(), ""
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "confirm":
            if alert.confirmed_at is None:
                alert.confirmed_at = alert.checked_until = now
            done = "confirmed"
        elif action == "frequency" and alert.confirmed_at:
            form = FrequencyForm(request.POST)
            if not form.is_valid():
                return HttpResponseBadRequest(_("Diese Häufigkeit gibt es nicht."))
            alert.frequency, done = form.cleaned_data["frequency"], "changed"
        elif action == "unsubscribe":
            alert.delete()
            return render(request, "engagement/alert_unsubscribed.html", {})
        else:
            return HttpResponseBadRequest(_("Diese Aktion gibt es nicht."))
    if alert.confirmed_at is not None:
        alert.last_click_at = now  # a confirmed click keeps the alert for another period
        alert.save()
    context = {
        "alert": alert,
        "done": done,
        "frequency_form": FrequencyForm(initial={"frequency": alert.frequency}),
        "list_url": source(alert.source).list_link(alert.query),
        "source": source(alert.source),
    }
    return render(request, "engagement/alert_manage.html", context)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token, model=SearchAlert):
    """GET: one button; POST (also RFC 8058 one-click from the mail program): deleted."""
    alert = _alert(token, model)
    if request.method == "POST":
        alert.delete()
        return render(request, "engagement/alert_unsubscribed.html", {})
    return render(request, "engagement/alert_unsubscribe.html", {"alert": alert})
