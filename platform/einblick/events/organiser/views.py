"""CMS views for organisers (registered in wagtail_hooks under /cms/veranstaltungen/)."""

from __future__ import annotations

from django import forms
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.urls import reverse, reverse_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .. import notifications
from . import exports, participants
from .access import organiser_event

EVENTS_INDEX = reverse_lazy("wagtailsnippets_events_event:list")


class OrganiserView(WagtailAdminTemplateMixin, View):
    header_icon = "group"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.event = None

    def dispatch(self, request, *args, **kwargs):
        self.event = organiser_event(request.user, kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.event.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": EVENTS_INDEX, "label": "Veranstaltungen"},
            {"url": "", "label": self.get_page_title(), "sublabel": self.event.title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(event=self.event, **kwargs)


class ParticipantsView(OrganiserView):
    """Seats and waiting list per slot, participants, attendance (POST)."""

    page_title = "Anmeldungen"
    template_name = "events/organiser/participants.html"

    def get(self, request, pk):
        context = self.get_context_data(
            groups=participants.groups(self.event), counts=participants.counts(self.event)
        )
        return self.render_to_response(context)

    def post(self, request, pk):
        present = {int(v) for v in request.POST.getlist("attended") if v.isdigit()}
        marked = participants.mark_attendance(self.event, present)
        messages.success(request, f"Anwesenheit gespeichert: {marked} Anmeldungen anwesend.")
        return HttpResponseRedirect(reverse("events_participants", args=[pk]))


class ExportView(OrganiserView):
    FORMATS = {
        "csv": (exports.csv_bytes, "text/csv; charset=utf-8"),
        "xlsx": (
            exports.xlsx_bytes,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        "pdf": (exports.checkin_pdf, "application/pdf"),
    }

    def get(self, request, pk, export_format):
        if export_format not in self.FORMATS:
            raise Http404("Dieses Format gibt es nicht.")
        build, content_type = self.FORMATS[export_format]
        response = HttpResponse(build(self.event), content_type=content_type)
        response["Content-Disposition"] = exports.content_disposition(self.event, export_format)
        response["Cache-Control"] = "no-store"
        return response


RECIPIENTS = [
    ("seats", "Alle mit Platz (bestätigt oder reserviert)"),
    ("all", "Alle mit Platz und alle auf der Warteliste"),
]


class MessageForm(forms.Form):
    recipients = forms.ChoiceField(
        label="An", choices=RECIPIENTS, initial="seats", widget=forms.RadioSelect
    )
    subject = forms.CharField(label="Betreff", max_length=150)
    body = forms.CharField(label="Nachricht", max_length=5000, widget=forms.Textarea)
    cancelled_event = forms.BooleanField(
        label="Absage der Veranstaltung",
        required=False,
        help_text="Der Betreff beginnt mit „Abgesagt:“, die Kalenderdatei entfällt.",
    )


class MessageView(OrganiserView):
    """One e-mail (text + HTML, with the personal link) to every participant."""

    page_title = "Nachricht an alle Teilnehmenden"
    template_name = "events/organiser/message.html"

    def get(self, request, pk):
        return self._render(MessageForm())

    def post(self, request, pk):
        form = MessageForm(request.POST)
        if not form.is_valid():
            return self._render(form, status=400)
        data = form.cleaned_data
        rows = (
            participants.active(self.event)
            if data["recipients"] == "all"
            else participants.seat_holders(self.event)
        )
        for row in rows:
            notifications.organiser_message(
                row, data["subject"], data["body"], cancelled_event=data["cancelled_event"]
            )
        messages.success(request, f"Nachricht an {len(rows)} Anmeldungen verschickt.")
        return HttpResponseRedirect(reverse("events_participants", args=[pk]))

    def _render(self, form, status=200):
        counts = {
            "seats": len(participants.seat_holders(self.event)),
            "all": len(participants.active(self.event)),
        }
        context = self.get_context_data(form=form, recipient_counts=counts)
        return self.render_to_response(context, status=status)
