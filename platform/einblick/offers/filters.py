"""The public offer filter (django-filter): one vocabulary for list, home search and feeds.

Parameters are German and readable (ADR 0008: ?typ=ferienjob&berufsfeld=metall-maschinenbau),
so a filtered list can be linked from editorial pages and tiles. Types, Berufsfelder, target
groups, school levels and benefits are multi-select (repeat the parameter). Options are the
taxonomy entries the region shows (einblick.taxonomy.regional.visibility.visible). A place is
a town (`ort`) or coordinates (`nahe=lat,lon`, "in meiner Nähe") with a radius (`umkreis`,
default 25 km). A broken parameter is reported on its field; the others still filter.
"""

import datetime

import django_filters
from django import forms
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from einblick.core.languages import LANGUAGES
from einblick.taxonomy.models import (
    Benefit,
    OccupationalField,
    OfferType,
    SchoolLevel,
    TargetGroup,
)
from einblick.taxonomy.regional.visibility import visible

from .geo import distance_km
from .models import SEASONS, Offer
from .places import PlaceForm

NOW = "jetzt"
PERIOD_CHOICES = [(NOW, _("jetzt möglich"))] + [
    (value, label) for value, label in SEASONS if value and value != "ganzjaehrig"
]
PAY_CHOICES = [("bezahlt", _("bezahlt")), ("unbezahlt", _("unbezahlt"))]
PAID_KINDS = {"bezahlt": ("paid", "allowance"), "unbezahlt": ("unpaid",)}
SORT_CHOICES = [
    ("date", _("Neueste zuerst")),
    ("start", _("Nächster Beginn")),
    ("distance", _("Entfernung")),
]
SECONDARY = ("zielgruppe", "schulstufe", "vorteil", "zeitraum", "von", "bis", "verguetung")
TEXT_FIELDS = (
    "title",
    "tasks",
    "description",
    "employer__name",
    "offer_type__name",
    "title_en",
    "summary_en",
)


def _multi(model, label):
    return django_filters.ModelMultipleChoiceFilter(
        queryset=model.objects.none(),
        to_field_name="slug",
        label=label,
        widget=forms.CheckboxSelectMultiple,
        method="filter_related",
    )


class OfferFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Suchbegriff"), method="filter_text")
    typ = _multi(OfferType, _("Angebotsart"))
    berufsfeld = _multi(OccupationalField, _("Berufsfeld"))
    zielgruppe = _multi(TargetGroup, _("Für wen"))
    schulstufe = _multi(SchoolLevel, _("Schulart"))
    vorteil = _multi(Benefit, _("Vorteil beim Arbeitgeber"))
    zeitraum = django_filters.ChoiceFilter(
        choices=PERIOD_CHOICES, label=_("Wann"), empty_label=_("egal"), method="filter_period"
    )
    von = django_filters.DateFilter(
        label=_("von"), method="filter_from", widget=forms.DateInput(attrs={"type": "date"})
    )
    bis = django_filters.DateFilter(
        label=_("bis"), method="filter_to", widget=forms.DateInput(attrs={"type": "date"})
    )
    verguetung = django_filters.ChoiceFilter(
        choices=PAY_CHOICES, label=_("Vergütung"), empty_label=_("egal"), method="filter_pay"
    )
    # "Englisch am Arbeitsplatz" is ?arbeitssprache=en; several languages mean any of them.
    arbeitssprache = django_filters.MultipleChoiceFilter(
        choices=LANGUAGES,
        label=_("Sprache am Arbeitsplatz"),
        widget=forms.CheckboxSelectMultiple,
        method="filter_languages",
        error_messages={
            "invalid_choice": _(
                "Die Sprache „%(value)s“ gibt es hier nicht; bitte ein "
                "Kürzel wie „en“ (Englisch) wählen."
            )
        },
    )
    # Place and order are applied together in filter_queryset (they depend on each other).
    ort = django_filters.CharFilter(label=_("Ort"), method="keep")
    nahe = django_filters.CharFilter(label=_("Standort"), method="keep", widget=forms.HiddenInput)
    umkreis = django_filters.NumberFilter(label=_("Umkreis"), method="keep")
    sort = django_filters.ChoiceFilter(
        choices=SORT_CHOICES, label=_("Sortierung"), empty_label=None, method="keep"
    )

    RELATED = {
        "typ": "offer_type",
        "berufsfeld": "occupational_fields",
        "zielgruppe": "target_groups",
        "schulstufe": "school_levels",
        "vorteil": "employer__benefits",
    }

    class Meta:
        model = Offer
        fields = []
        form = PlaceForm

    def __init__(self, data=None, *args, towns=None, today=None, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.today = today or timezone.localdate()
        self.form.towns = towns or []
        for name, model in (
            ("typ", OfferType),
            ("berufsfeld", OccupationalField),
            ("zielgruppe", TargetGroup),
            ("schulstufe", SchoolLevel),
            ("vorteil", Benefit),
        ):
            self.filters[name].queryset = visible(model)
            self.form.fields[name].queryset = visible(model)

    # -- field filters --------------------------------------------------------------------
    def keep(self, qs, name, value):
        return qs

    def filter_related(self, qs, name, values):
        if not values:
            return qs
        path = self.RELATED[name]
        if "__" not in path and path == "offer_type":
            return qs.filter(offer_type__in=values)
        through = Offer.objects.filter(pk=OuterRef("pk"), **{f"{path}__in": values})
        return qs.filter(Exists(through))

    def filter_text(self, qs, name, value):
        for word in value.split()[:8]:
            match = Q()
            for field in TEXT_FIELDS:
                match |= Q(**{f"{field}__icontains": word})
            by_field = Offer.objects.filter(
                pk=OuterRef("pk"), occupational_fields__name__icontains=word
            )
            qs = qs.filter(match | Q(Exists(by_field)))
        return qs

    def filter_languages(self, qs, name, values):
        return qs.filter(work_languages__overlap=list(values)) if values else qs

    def filter_period(self, qs, name, value):
        if value == NOW:
            return qs.filter(available_on(self.today))
        return qs.filter(period_kind="season", season=value)

    def filter_from(self, qs, name, value):
        return qs.filter(available_between(value, None))

    def filter_to(self, qs, name, value):
        return qs.filter(available_between(None, value))

    def filter_pay(self, qs, name, value):
        return qs.filter(pay_kind__in=PAID_KINDS[value])

    # -- place and order ------------------------------------------------------------------
    def filter_queryset(self, queryset):
        qs = super().filter_queryset(queryset)
        place = self.form.place()
        if place is not None:
            (lat, lon), radius = place
            qs = qs.annotate(distance_km=distance_km(lat, lon)).filter(distance_km__lte=radius)
        order = self.form.cleaned_data.get("sort") or ("distance" if place else "date")
        if order == "distance" and place:
            return qs.order_by(F("distance_km").asc(nulls_last=True), "-pk")
        if order == "start":
            return qs.order_by(F("start_date").asc(nulls_last=True), "-pk")
        return qs.order_by(F("first_published_at").desc(nulls_last=True), "-pk")

    # -- state for the template -----------------------------------------------------------
    @property
    def is_filtered(self) -> bool:
        return bool(self.is_bound and any(self.values().values()))

    def values(self) -> dict:
        """Valid, non-empty values by parameter name (sort excluded: it does not filter)."""
        if not self.is_bound:
            return {}
        self.form.is_valid()
        data = getattr(self.form, "cleaned_data", {})
        return {
            name: data.get(name)
            for name in self.form.fields
            if name != "sort" and name not in self.form.errors and data.get(name)
        }

    @property
    def active_count(self) -> int:
        values = self.values()
        count = sum(len(v) if isinstance(v, list | QuerySet) else 1 for v in values.values())
        return count - (1 if values.get("ort") and values.get("nahe") else 0)

    @property
    def has_secondary_values(self) -> bool:
        values = self.values()
        return any(values.get(n) for n in SECONDARY) or any(
            n in self.form.errors for n in SECONDARY
        )


def always_available() -> Q:
    return Q(period_kind="on_request") | Q(period_kind="season", season="ganzjaehrig")


def available_on(day: datetime.date) -> Q:
    """Offers one can take up on `day`: on request, all year, or a date range covering it."""
    in_range = (
        Q(period_kind="dates")
        & (Q(start_date__isnull=True) | Q(start_date__lte=day))
        & (Q(end_date__isnull=True) | Q(end_date__gte=day))
    )
    return always_available() | in_range


def available_between(start: datetime.date | None, end: datetime.date | None) -> Q:
    """Offers whose fixed period overlaps [start, end] (open ends allowed), or always available."""
    overlap = Q(period_kind="dates")
    if end:
        overlap &= Q(start_date__isnull=True) | Q(start_date__lte=end)
    if start:
        overlap &= Q(end_date__isnull=True) | Q(end_date__gte=start)
    return always_available() | overlap
