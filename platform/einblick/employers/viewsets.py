"""Employer admin for region editors and company logins."""

import django_filters
from django import forms
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PublishingPanel,
    TabbedInterface,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from einblick.adminkit.status import StatusFilter, changed_column, created_column, status_column
from einblick.core.geocode import CoordinatesFromAddressMixin
from einblick.employers.content_viewsets import RegionContentViewSet
from einblick.taxonomy.models import OccupationalField
from einblick.taxonomy.regional.forms import TaxonomyAwareForm

from .choosers import ScopedSnippetChooserViewSet
from .company_access import company_employer_id
from .models import SIZE_CLASSES, Employer, EmployerMembership

# Technical fields (URL-Kürzel, Externe ID, coordinates) only for those who may publish:
# company logins never see them; coordinates follow the address (einblick.core.geocode).
EDITORS_ONLY = "employers.publish_employer"


class EmployerForm(CoordinatesFromAddressMixin, TaxonomyAwareForm):
    """Company logins cannot rename the slug or the import key."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if company_employer_id(self.for_user) is not None:
            for name in ("slug", "external_id"):
                if name in self.fields:
                    self.fields[name].disabled = True


class EmployerFilterSet(WagtailFilterSet):
    status = StatusFilter()
    size_class = django_filters.ChoiceFilter(
        label="Größe", choices=SIZE_CLASSES, empty_label="Alle"
    )
    occupational_fields = django_filters.ModelChoiceFilter(
        label="Berufsfeld", queryset=OccupationalField.objects.all(), empty_label="Alle"
    )
    city = django_filters.CharFilter(label="Ort", lookup_expr="icontains")

    class Meta:
        model = Employer
        fields = []


employer_panels = TabbedInterface(
    [
        ObjectList(
            [
                FieldPanel("name"),
                FieldPanel("logo"),
                FieldPanel("pitch"),
                FieldPanel("philosophy"),
                FieldPanel("size_class"),
                MultiFieldPanel(
                    [
                        FieldPanel("slug", permission=EDITORS_ONLY),
                        FieldPanel("external_id", permission=EDITORS_ONLY),
                    ],
                    heading="Technisches",
                    classname="collapsed",
                ),
                PublishingPanel(),
            ],
            heading="Profil",
        ),
        ObjectList(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldRowPanel(
                    [
                        FieldPanel("latitude", permission=EDITORS_ONLY),
                        FieldPanel("longitude", permission=EDITORS_ONLY),
                    ]
                ),
            ],
            heading="Adresse",
        ),
        ObjectList(
            [
                FieldPanel("occupational_fields", widget=forms.CheckboxSelectMultiple),
                FieldPanel("occupations"),
                FieldPanel("benefits", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Berufe & Vorteile",
        ),
        ObjectList(
            [
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                InlinePanel("contacts", heading="Ansprechpersonen", label="Ansprechperson"),
            ],
            heading="Kontakt",
        ),
        ObjectList(
            [
                FieldPanel("video_url"),
                FieldPanel("tour_url"),
                InlinePanel("photos", heading="Fotos", label="Foto"),
            ],
            heading="Medien",
        ),
    ],
    base_form_class=EmployerForm,
)


class EmployerViewSet(RegionContentViewSet):
    model = Employer
    icon = "site"
    menu_label = "Arbeitgeber"
    menu_order = 100
    add_to_admin_menu = True
    edit_handler = employer_panels
    list_display = ["name", "city", "size_class", status_column(), changed_column()]
    list_export = ["name", "city", "postcode", "size_class", "website", "email", "live"]
    filterset_class = EmployerFilterSet
    search_fields = ["name", "pitch", "city", "external_id"]
    ordering = ["name"]


class EmployerMembershipViewSet(SnippetViewSet):
    """Which login belongs to which employer (maintained by region editors)."""

    model = EmployerMembership
    icon = "user"
    menu_label = "Firmenzugänge"
    menu_order = 130
    add_to_admin_menu = True
    list_display = ["user", "employer", created_column()]
    search_fields = ["user__username", "user__email", "employer__name"]
    search_backend_name = None
    panels = [FieldPanel("user"), FieldPanel("employer")]
    chooser_viewset_class = ScopedSnippetChooserViewSet
