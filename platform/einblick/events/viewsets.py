"""Event admin for region editors."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    ObjectList,
    PublishingPanel,
    TabbedInterface,
)

from einblick.adminkit.status import StatusFilter, status_column
from einblick.employers.company_access import company_employer_id
from einblick.employers.content_viewsets import RegionContentViewSet
from einblick.employers.models import Employer
from einblick.taxonomy.regional.forms import TaxonomyAwareForm

from .models import EVENT_KINDS, Event


class EventForm(TaxonomyAwareForm):
    """Company logins create and edit only events their own employer organises."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        employer_id = company_employer_id(self.for_user)
        if employer_id is not None and "organiser" in self.fields:
            field = self.fields["organiser"]
            field.queryset = Employer.objects.filter(pk=employer_id)
            field.required = True
            field.initial = employer_id
            field.empty_label = None


class EventFilterSet(WagtailFilterSet):
    status = StatusFilter()
    kind = django_filters.ChoiceFilter(label="Art", choices=EVENT_KINDS, empty_label="Alle")
    when = django_filters.ChoiceFilter(
        label="Zeitraum",
        choices=[("upcoming", "Kommende"), ("past", "Vergangene")],
        empty_label="Alle",
        method="filter_when",
    )
    start = django_filters.DateFromToRangeFilter(label="Beginn")

    def filter_when(self, queryset, name, value):
        now = timezone.now()
        upcoming = Q(end__gte=now) | Q(end__isnull=True, start__gte=now)
        if value == "upcoming":
            return queryset.filter(upcoming)
        if value == "past":
            return queryset.exclude(upcoming)
        return queryset

    class Meta:
        model = Event
        fields = []


event_panels = TabbedInterface(
    [
        ObjectList(
            [
                FieldPanel("title"),
                FieldPanel("kind"),
                FieldPanel("organiser"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("description"),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("registration_url"),
                FieldPanel("slug"),
                PublishingPanel(),
            ],
            heading="Veranstaltung",
        ),
        ObjectList(
            [
                FieldPanel("venue"),
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading="Ort",
        ),
        ObjectList([FieldPanel("employers")], heading="Teilnehmende Arbeitgeber"),
        ObjectList(
            [
                HelpPanel(
                    "Mit Onlineanmeldung melden sich Besucher:innen direkt auf der "
                    "Veranstaltungsseite an (ohne Konto, mit Bestätigung per E-Mail und "
                    "Warteliste). Anmeldungen sehen Sie unter „Anmeldungen“."
                ),
                FieldPanel("online_registration"),
                FieldPanel("capacity"),
                InlinePanel("slots", heading="Zeitfenster", label="Zeitfenster"),
                FieldRowPanel(
                    [FieldPanel("registration_opens"), FieldPanel("registration_closes")]
                ),
                FieldRowPanel([FieldPanel("allow_groups"), FieldPanel("max_group_size")]),
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("guardian_consent")]),
                FieldPanel("max_per_email"),
                FieldPanel("organiser_email"),
            ],
            heading="Anmeldung",
        ),
    ],
    base_form_class=EventForm,
)


class EventViewSet(RegionContentViewSet):
    model = Event
    icon = "date"
    menu_label = "Veranstaltungen"
    menu_order = 120
    add_to_admin_menu = True
    edit_handler = event_panels
    list_display = ["title", "kind", "start", "city", status_column()]
    filterset_class = EventFilterSet
    search_fields = ["title", "venue", "city"]
    ordering = ["start"]
