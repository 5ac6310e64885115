"""Public registration: the form on the event page, the personal link, live seats.

No account, no session, no cookie: the form is CSRF-exempt (a cookie-less public form;
see docs/adr/0011-event-registration.md) and checks the Origin header instead; the personal
link carries a signed token. Every POST counts against the "forms" rate limit.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.apps import apps
from django.http import (
    Http404,
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from tenants.language import request_language

from . import booking, views
from .forms import ChangeForm, RegistrationForm
from .models import Event
from .registrations import Registration, Status
from .tokens import read_token


def index_page():
    """The region's live event calendar page (for breadcrumbs and the page title)."""
    return apps.get_model(Event.index_page_model).objects.live().first()


def _public_event(slug):
    event = Event.objects.public().filter(slug=slug).first()
    if event is None:
        raise Http404(_("Diese Veranstaltung gibt es nicht (mehr)."))
    return event


def _same_origin(request) -> bool:
    """Refuse cross-site posts where the browser names its origin (CSRF without a cookie)."""
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.get_host()


@csrf_exempt
@require_http_methods(["GET", "POST"])
def register(request, slug):
    event = _public_event(slug)
    if request.method == "GET":
        return HttpResponseRedirect(event.get_url() or "/")
    if not _same_origin(request):
        return HttpResponseForbidden(_("Anfrage von einer fremden Website abgelehnt."))
    rows = booking.seats_overview(event)
    left = {row["slot"].pk: row["left"] for row in rows if row["slot"] is not None}
    form = RegistrationForm(request.POST, event=event, seats_left=left)
    if form.is_valid():
        if form.spam:  # the honeypot was filled: look successful, store nothing
            return _render(request, "events/registration_received.html", event, {"spam": True})
        try:
            data = form.booking_data() | {"language": request_language(request)}
            registration = booking.register(event, data)
        except booking.RegistrationRefused as refused:
            form.add_error(None, str(refused))
        else:
            context = {"registration": registration}
            return _render(request, "events/registration_received.html", event, context)
    context = views.detail_context(request, slug, form=form)
    return _render(request, "events/event_detail.html", event, context)


def _render(request, template, event, context, status=200):
    base = {"event": event, "page": index_page(), "is_past": False}
    return render(request, template, {**base, **context}, status=status)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def manage(request, token):
    """The personal link from every e-mail: confirm, change or cancel."""
    registration = read_token(token, Registration.objects.all())
    if registration is None:
        raise Http404(_("Diesen Link kennen wir nicht (mehr)."))
    done, change_form, error = "", None, ""
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "confirm":
            booking.confirm(registration)
            done = "confirmed"
        elif action == "cancel":
            booking.cancel(registration)
            done = "cancelled"
        elif action == "change" and registration.is_active:
            change_form = ChangeForm(request.POST, registration=registration)
            if change_form.is_valid():
                error, done = _apply_change(registration, change_form)
        else:
            return HttpResponseBadRequest(_("Diese Aktion gibt es nicht."))
        registration.refresh_from_db()
    if change_form is None and registration.is_active:
        change_form = ChangeForm(registration=registration)
    context = {
        "registration": registration,
        "event": registration.event,
        "page": index_page(),
        "done": done,
        "error": error,
        "change_form": change_form,
        "needs_confirmation": registration.email_confirmed_at is None
        and registration.status in (Status.HELD, Status.WAITING, Status.EXPIRED),
    }
    return render(request, "events/registration_manage.html", context)


def _apply_change(registration, form) -> tuple[str, str]:
    data = form.cleaned_data
    try:
        booking.change(
            registration,
            slot=data.get("slot", registration.slot),
            group_size=data.get("group_size", registration.group_size),
            note=data.get("note", ""),
        )
    except booking.RegistrationRefused as refused:
        return str(refused), ""
    return "", "changed"


@require_GET
def seats_json(request, slug):
    """Seats left right now (the event page refreshes its numbers from here)."""
    event = _public_event(slug)
    rows = booking.seats_overview(event) if event.online_registration else []
    response = JsonResponse(
        {
            "state": event.registration_state(),
            "left": sum(row["left"] for row in rows),
            "slots": [
                {
                    "id": row["slot"].pk if row["slot"] else None,
                    "label": row["label"],
                    "capacity": row["capacity"],
                    "left": row["left"],
                    "waiting": row["waiting"],
                }
                for row in rows
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "no-store"
    return response
