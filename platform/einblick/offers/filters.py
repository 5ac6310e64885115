"""The public offer filter: a plain GET form that works without JavaScript.

Parameters are German and readable (?typ=ferienjob&berufsfeld=metall-maschinenbau), so a
filtered list can be linked from editorial pages and tiles. Options are the taxonomy entries
the region shows (einblick.taxonomy.regional.visibility.visible): hidden or archived entries never
appear as options, while offers that still carry them keep rendering them.
"""

import datetime

from django import forms
from django.db.models import Q
from django.utils import timezone

from einblick.core.forms import FilterForm, SlugChoiceField
from einblick.taxonomy.models import Benefit, OccupationalField, OfferType, TargetGroup
from einblick.taxonomy.regional.visibility import visible

from .models import SEASONS

NOW = "jetzt"
PERIOD_CHOICES = [("", "egal"), (NOW, "jetzt möglich")] + [
    (value, label) for value, label in SEASONS if value and value != "ganzjaehrig"
]


class OfferFilterForm(FilterForm):
    typ = SlugChoiceField(OfferType.objects.none(), label="Angebotsart")
    berufsfeld = SlugChoiceField(OccupationalField.objects.none(), label="Berufsfeld")
    zielgruppe = SlugChoiceField(TargetGroup.objects.none(), label="Für wen")
    vorteil = SlugChoiceField(Benefit.objects.none(), label="Vorteil beim Arbeitgeber")
    zeitraum = forms.ChoiceField(choices=PERIOD_CHOICES, required=False, label="Wann")
    von = forms.DateField(
        required=False, label="von", widget=forms.DateInput(attrs={"type": "date"})
    )
    bis = forms.DateField(
        required=False, label="bis", widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["typ"].queryset = visible(OfferType)
        self.fields["berufsfeld"].queryset = visible(OccupationalField)
        self.fields["zielgruppe"].queryset = visible(TargetGroup)
        self.fields["vorteil"].queryset = visible(Benefit)

    def clean(self):
        data = super().clean()
        von, bis = data.get("von"), data.get("bis")
        if von and bis and bis < von:
            self.add_error("bis", "Das Ende des Zeitraums liegt vor dem Beginn.")
        return data

    @property
    def is_filtered(self) -> bool:
        return bool(self.is_bound and any(self.cleaned_values().values()))

    @property
    def has_secondary_values(self) -> bool:
        """Whether a filter behind "Weitere Filter" is set (then that section starts open)."""
        values = self.cleaned_values()
        return any(values.get(name) for name in ("vorteil", "zeitraum", "von", "bis")) or any(
            name in self.errors for name in ("vorteil", "zeitraum", "von", "bis")
        )

    def filter(self, qs, today: datetime.date | None = None):
        values = self.cleaned_values()
        if values.get("typ"):
            qs = qs.filter(offer_type=values["typ"])
        if values.get("berufsfeld"):
            qs = qs.filter(occupational_fields=values["berufsfeld"])
        if values.get("zielgruppe"):
            qs = qs.filter(target_groups=values["zielgruppe"])
        if values.get("vorteil"):
            qs = qs.filter(employer__benefits=values["vorteil"])
        period = values.get("zeitraum")
        if period == NOW:
            qs = qs.filter(available_on(today or timezone.localdate()))
        elif period:
            qs = qs.filter(period_kind="season", season=period)
        if values.get("von") or values.get("bis"):
            qs = qs.filter(available_between(values.get("von"), values.get("bis")))
        return qs


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
