"""Offer admin: panels, filters and the taxonomy visibility setting."""

import django_filters
from django import forms
from django.template.response import TemplateResponse
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    MultiFieldPanel,
    ObjectList,
    PublishingPanel,
    TabbedInterface,
)

from einblick.adminkit.status import StatusFilter, changed_column, status_column
from einblick.core.geocode import CoordinatesFromAddressMixin
from einblick.employers.company_access import company_employer_id
from einblick.employers.content_viewsets import RegionContentCreateView, RegionContentViewSet
from einblick.employers.models import Employer
from einblick.taxonomy.models import OccupationalField, OfferType, TargetGroup
from einblick.taxonomy.regional.forms import TaxonomyAwareForm
from einblick.taxonomy.regional.visibility import visible

from .models import PERIOD_KINDS, Offer

CHOOSE_OFFER_TYPE = "offers/admin/choose_offer_type.html"

# Technical fields (URL-Kürzel, Externe ID, coordinates) only for those who may publish:
# company logins never see them; coordinates follow the address (einblick.core.geocode).
EDITORS_ONLY = "offers.publish_offer"


class OfferForm(CoordinatesFromAddressMixin, TaxonomyAwareForm):
    """Company logins can only create and edit offers of their own employer."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        employer_id = company_employer_id(self.for_user)
        if employer_id is not None and "employer" in self.fields:
            field = self.fields["employer"]
            field.queryset = Employer.objects.filter(pk=employer_id)
            field.widget = forms.Select(choices=field.choices)
            field.initial = employer_id
            field.empty_label = None
            for name in ("slug", "external_id"):
                if name in self.fields:
                    self.fields[name].disabled = True


def _employer_choices(request):
    employers = Employer.objects.only("pk", "name").order_by("name")
    employer_id = company_employer_id(getattr(request, "user", None))
    # A company login's filter must not list every other company of the region.
    return employers if employer_id is None else employers.filter(pk=employer_id)


class OfferFilterSet(WagtailFilterSet):
    status = StatusFilter()
    offer_type = django_filters.ModelChoiceFilter(
        label="Angebotsart", queryset=OfferType.objects.all(), empty_label="Alle"
    )
    occupational_fields = django_filters.ModelChoiceFilter(
        label="Berufsfeld", queryset=OccupationalField.objects.all(), empty_label="Alle"
    )
    target_groups = django_filters.ModelChoiceFilter(
        label="Zielgruppe", queryset=TargetGroup.objects.all(), empty_label="Alle"
    )
    employer = django_filters.ModelChoiceFilter(
        label="Arbeitgeber", queryset=_employer_choices, empty_label="Alle"
    )
    period_kind = django_filters.ChoiceFilter(
        label="Zeitraum", choices=PERIOD_KINDS, empty_label="Alle"
    )

    class Meta:
        model = Offer
        fields = []


offer_panels = TabbedInterface(
    [
        ObjectList(
            [
                FieldPanel("title"),
                FieldRowPanel([FieldPanel("offer_type"), FieldPanel("employer")]),
                FieldPanel("description"),
                FieldPanel("occupational_fields", widget=forms.CheckboxSelectMultiple),
                FieldPanel("occupations"),
                MultiFieldPanel(
                    [
                        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                        FieldPanel("school_levels", widget=forms.CheckboxSelectMultiple),
                        FieldRowPanel([FieldPanel("min_age"), FieldPanel("min_class")]),
                    ],
                    heading="Für wen?",
                ),
                MultiFieldPanel(
                    [
                        FieldPanel("slug", permission=EDITORS_ONLY),
                        FieldPanel("external_id", permission=EDITORS_ONLY),
                    ],
                    heading="Technisches",
                    classname="collapsed",
                ),
            ],
            heading="Angebot",
        ),
        ObjectList(
            [
                FieldPanel("period_kind"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("season"),
                HelpPanel(
                    "Abgelaufene Angebote (Ende oder Ablaufdatum überschritten) verschwinden "
                    "automatisch von der Website – niemand muss dafür etwas tun."
                ),
                PublishingPanel(),
            ],
            heading="Zeitraum",
        ),
        ObjectList(
            [
                FieldPanel("location_differs"),
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldRowPanel(
                    [
                        FieldPanel("latitude", permission=EDITORS_ONLY),
                        FieldPanel("longitude", permission=EDITORS_ONLY),
                    ]
                ),
            ],
            heading="Ort",
        ),
        ObjectList(
            [
                FieldPanel("places"),
                FieldRowPanel(
                    [FieldPanel("pay_kind"), FieldPanel("pay_amount"), FieldPanel("pay_unit")]
                ),
                FieldPanel("hours"),
                FieldPanel("tasks"),
                FieldPanel("people"),
                FieldRowPanel([FieldPanel("image"), FieldPanel("image_alt")]),
            ],
            heading="Konditionen",
        ),
        ObjectList(
            [
                FieldPanel("how_to_apply"),
                FieldRowPanel([FieldPanel("apply_email"), FieldPanel("apply_url")]),
                FieldPanel("contact_name"),
            ],
            heading="Bewerbung",
        ),
        ObjectList(
            [
                FieldPanel("work_languages"),
                FieldPanel("german_level"),
                HelpPanel(
                    "Eine englische Fassung hilft Bewerber:innen aus dem Ausland und "
                    "internationalen Studierenden. Ohne Übersetzung zeigt die englische Seite "
                    "den deutschen Text mit einem Hinweis."
                ),
                FieldPanel("title_en"),
                FieldPanel("summary_en"),
                FieldPanel("description_en"),
            ],
            heading="International / Englisch",
        ),
    ],
    base_form_class=OfferForm,
)


class OfferCreateView(RegionContentCreateView):
    """ "Neues Angebot" for company logins starts with the offer types as large choices."""

    def get(self, request, *args, **kwargs):
        if company_employer_id(request.user) is not None and not self._chosen_type():
            offer_types = visible(OfferType).order_by("sort_order", "name")
            return TemplateResponse(request, CHOOSE_OFFER_TYPE, {"offer_types": offer_types})
        return super().get(request, *args, **kwargs)

    def _chosen_type(self):
        value = self.request.GET.get("offer_type", "")
        return visible(OfferType).filter(pk=value).first() if value.isdigit() else None

    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance()
        chosen = self._chosen_type()
        if chosen is None:
            return instance
        instance = instance or self.model()
        instance.offer_type = chosen
        return instance


class OfferViewSet(RegionContentViewSet):
    model = Offer
    icon = "doc-full"
    menu_label = "Angebote"
    menu_order = 110
    add_to_admin_menu = True
    edit_handler = offer_panels
    add_view_class = OfferCreateView
    list_display = [
        "title",
        "employer",
        "offer_type",
        "end_date",
        status_column(),
        changed_column(),
    ]
    list_select_related = ("employer", "offer_type")
    list_export = ["title", "employer", "offer_type", "start_date", "end_date", "live"]
    filterset_class = OfferFilterSet
    search_fields = ["title", "employer__name", "external_id"]
    ordering = ["-created_at"]
